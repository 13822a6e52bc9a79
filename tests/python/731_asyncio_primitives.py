# asyncio: gather(return_exceptions), cancellation, Queue, Event, Lock, Semaphore, wait, as_completed, TaskGroup, timeout
import asyncio

async def fail(n):
    await asyncio.sleep(0)
    raise ValueError(f"bad {n}")

async def ok(n):
    # ordered by loop iterations, not by timers (deterministic when slow)
    for _ in range(n):
        await asyncio.sleep(0)
    return n

async def slow():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("slow cancelled")
        raise
    finally:
        print("slow finally")

async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print("put", i)
    await q.put(None)

async def consumer(q):
    total = 0
    while True:
        item = await q.get()
        if item is None:
            break
        print("got", item)
        total += item
    return total

async def main():
    r = await asyncio.gather(ok(1), fail(2), ok(3), return_exceptions=True)
    print(r)
    try:
        await asyncio.gather(ok(1), fail(5))
    except ValueError as e:
        print("caught", e)
    t = asyncio.create_task(slow())
    await asyncio.sleep(0)
    print(t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("t cancelled", t.cancelled(), t.done())
    q = asyncio.Queue(maxsize=2)
    res = await asyncio.gather(producer(q, 4), consumer(q))
    print(res)
    ev = asyncio.Event()
    async def waiter(i):
        await ev.wait()
        print("woke", i)
    ts = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    ev.set()
    await asyncio.gather(*ts)
    lock = asyncio.Lock()
    async def crit(i):
        async with lock:
            print("in", i)
            await asyncio.sleep(0)
            print("out", i)
    await asyncio.gather(crit(1), crit(2), crit(3))
    sem = asyncio.Semaphore(2)
    async def lim(i):
        async with sem:
            print("sem in", i)
            await asyncio.sleep(0)
            print("sem out", i)
    await asyncio.gather(*(lim(i) for i in range(4)))
    done, pending = await asyncio.wait([asyncio.create_task(ok(i)) for i in (3, 1, 2)])
    print(sorted(t.result() for t in done), pending)
    for coro in asyncio.as_completed([ok(3), ok(1), ok(2)]):
        print("ac", await coro)
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(ok(2))
        b = tg.create_task(ok(1))
    print("tg", a.result(), b.result())
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout ctx")
    print(asyncio.current_task().get_name())
    fut = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_later(0.001, fut.set_result, 42)
    print(await fut, fut)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(1))
            tg.create_task(ok(5))
    except* ValueError as eg:
        print("eg", eg.exceptions)

asyncio.run(main())
c = main()
print(asyncio.iscoroutinefunction(main), asyncio.iscoroutine(c))
c.close()
