# Syntax and runtime errors of async code: await outside async def, uncaught exception in a coroutine
import asyncio

for src in ["await x", "def f():\n    await x\n", "async def f():\n    yield from x\n",
            "async def f():\n    yield 1\n    return 2\n", "def f():\n    return [x async for x in y]\n"]:
    try:
        exec(src, {})
    except SyntaxError as e:
        print(e.msg, e.lineno)

async def boom():
    await asyncio.sleep(0)
    raise KeyError("missing")

async def main():
    t = asyncio.create_task(boom())
    await asyncio.sleep(0.001)
    print(t.done(), type(t.exception()).__name__)
    try:
        await t
    except KeyError as e:
        print("awaited", e)
    fut = asyncio.get_running_loop().create_future()
    try:
        fut.result()
    except asyncio.InvalidStateError as e:
        print(e)
    fut.set_result(1)
    try:
        fut.set_result(2)
    except asyncio.InvalidStateError:
        print("already set")
    print(fut.result(), fut.done(), fut.cancelled())

asyncio.run(main())

async def inner():
    raise ValueError("deep")

async def outer():
    await inner()

c = outer()
c.send(None)
