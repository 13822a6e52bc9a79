# yield from delegation
def inner():
    received = yield "inner-1"
    print("inner got", received)
    yield "inner-2"
    return "inner-result"
def outer():
    result = yield from inner()
    print("outer got result", result)
    yield "outer-end"
g = outer()
print(next(g))
print(g.send("hello"))
print(next(g))
try:
    next(g)
except StopIteration:
    print("stop")
def flatten(items):
    for item in items:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, (4, 5)], 6], [[7]]])))
def tree(node, depth=0):
    name, children = node
    yield "  " * depth + name
    for c in children:
        yield from tree(c, depth + 1)
t = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [])])
print("\n".join(tree(t)))
def sub():
    try:
        yield 1
        yield 2
    except ValueError:
        yield "sub handled"
def delegator():
    yield from sub()
    yield "after"
d = delegator()
print(next(d), d.throw(ValueError), next(d))
def accumulate():
    total = 0
    while True:
        x = yield
        if x is None:
            return total
        total += x
def collect(results):
    while True:
        r = yield from accumulate()
        results.append(r)
res = []
c = collect(res)
next(c)
for v in [1, 2, 3, None, 10, 20, None]:
    c.send(v)
print(res)
