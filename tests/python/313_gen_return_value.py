# Generator return values, StopIteration.value, and yield from results.
def gen():
    yield 1
    yield 2
    return "result"
g = gen()
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
try:
    next(g)
except StopIteration as e:
    print("again:", e.value)
def delegator():
    r = yield from gen()
    print("delegate got", r)
    return r * 2
d = delegator()
print(list(d))
def outer():
    x = yield from delegator()
    yield x
print(list(outer()))
def early():
    return 5
    yield
try:
    next(early())
except StopIteration as e:
    print("early:", e.value)
def counter(n):
    i = 0
    while i < n:
        received = yield i
        if received is not None:
            i = received
        else:
            i += 1
c = counter(10)
print(next(c), c.send(5), next(c), c.send(8), next(c))
try:
    c.send(100)
except StopIteration:
    print("exhausted")
g = gen()
print(g.gi_running if hasattr(g, "gi_running") else False, list(g), list(g))
