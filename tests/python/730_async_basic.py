# async def, await, asyncio.run/gather/create_task/sleep/wait_for, async for/with, async generators and comprehensions
import asyncio

async def add(a, b):
    await asyncio.sleep(0)
    return a + b

async def worker(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)
    return name * 2

async def main():
    print(await add(1, 2))
    r = await asyncio.gather(worker("a", 3), worker("b", 2))
    print(r)
    t = asyncio.create_task(worker("c", 2))
    print(type(t).__name__)
    print(await t)
    c = add(3, 4)
    print(type(c).__name__)
    print(await c)
    try:
        await c
    except RuntimeError as e:
        print("RT", e)
    await asyncio.sleep(0.01)
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0.01)
    except asyncio.TimeoutError:
        print("timeout")
    return "done"

print(asyncio.run(main()))

class AIter:
    def __init__(self, n): self.n = n; self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n: raise StopAsyncIteration
        self.i += 1
        return self.i

class ACM:
    async def __aenter__(self):
        print("enter"); return self
    async def __aexit__(self, *a):
        print("exit", a[0]); return True

async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i * 10

async def m2():
    async for x in AIter(3):
        print("ait", x)
    else:
        print("else")
    async with ACM() as c:
        print("body", type(c).__name__)
        raise ValueError("x")
    print("after")
    async for v in agen(3):
        print("ag", v)
    print([x async for x in agen(4)])
    print([x async for x in AIter(5) if x % 2])
    g = agen(2)
    print(await g.__anext__(), await g.__anext__())
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("stop")
    print(type(agen(1)).__name__)

asyncio.run(m2())
