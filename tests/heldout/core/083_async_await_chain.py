class Future:
    def __init__(self):
        self.value = None
        self.done = False
    def __await__(self):
        if not self.done:
            yield self
        return self.value
async def add(a, b):
    f = Future()
    f.pending = (a, b)
    r = await f
    return r
async def compute():
    x = await add(1, 2)
    y = await add(x, 10)
    return x, y
coro = compute()
print(type(coro).__name__)
fut = coro.send(None)
while True:
    fut.value = sum(fut.pending)
    fut.done = True
    print("resolving", fut.pending, "->", fut.value)
    try:
        fut = coro.send(None)
    except StopIteration as e:
        print("result", e.value)
        break
async def simple():
    return 42
c = simple()
try:
    c.send(None)
except StopIteration as e:
    print("simple", e.value)
