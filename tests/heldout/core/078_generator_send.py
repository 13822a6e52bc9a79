def averager():
    total = 0
    count = 0
    avg = None
    while True:
        v = yield avg
        if v is None:
            break
        total += v
        count += 1
        avg = total / count
    return (count, avg)
a = averager()
print(a.send(None))
print(a.send(10), a.send(20), a.send(60))
try:
    a.send(None)
except StopIteration as e:
    print("done", e.value)
def echo():
    received = yield "ready"
    while True:
        received = yield f"echo {received}"
e = echo()
print(next(e), e.send("a"), e.send("b"))
g = echo()
try:
    g.send("x")
except TypeError as ex:
    print(type(ex).__name__, ex)
