# asend/athrow/aclose, asynccontextmanager, __aenter__/__aexit__, await errors, types.coroutine, driving coroutines by hand
import asyncio
from contextlib import asynccontextmanager

async def agen():
    try:
        yield 1
        x = yield 2
        print("sent", x)
        yield 3
    finally:
        print("agen finally")

@asynccontextmanager
async def res(name):
    print("open", name)
    try:
        yield name.upper()
    finally:
        print("close", name)

class CM:
    async def __aenter__(self):
        print("aenter")
        return 5
    async def __aexit__(self, t, v, tb):
        print("aexit", t.__name__ if t else None)
        return False

async def inner():
    async with CM() as v:
        return v * 2

async def loop_break():
    async for x in agen():
        if x == 2:
            break
        print("x", x)
    return "broke"

async def main():
    g = agen()
    print(await g.asend(None))
    print(await g.asend(None))
    print(await g.asend("hi"))
    await g.aclose()
    print("closed")
    g2 = agen()
    print(await g2.__anext__())
    try:
        await g2.athrow(KeyError("k"))
    except KeyError as e:
        print("athrow", repr(e))
    async with res("db") as r:
        print("using", r)
    try:
        async with res("x"):
            raise IndexError("boom")
    except IndexError as e:
        print("propagated", e)
    print(await inner())
    print(await loop_break())
    try:
        await 5
    except TypeError as e:
        print(e)
    class Aw:
        def __await__(self):
            yield
            return "aw result"
    print(await Aw())
    c = inner()
    print(repr(c).startswith("<coroutine object inner at 0x"))
    c.close()
    try:
        async for x in 5:
            pass
    except TypeError as e:
        print(e)
    try:
        async with 5:
            pass
    except TypeError as e:
        print(e)
    c = inner()
    try:
        for x in c:
            pass
    except TypeError as e:
        print(e)
    c.close()

asyncio.run(main())

def sync_drive(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value

async def simple(x):
    return x + 1
print(sync_drive(simple(41)))
c = simple(1)
print(type(c), c.__class__.__name__)
c.close()
import types
print(types.CoroutineType, types.AsyncGeneratorType)
@types.coroutine
def gencoro():
    v = yield "ping"
    return v
async def usegen():
    return await gencoro()
co = usegen()
print(co.send(None))
try:
    co.send("pong")
except StopIteration as e:
    print("result", e.value)
