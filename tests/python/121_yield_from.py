# yield from: delegation, return values, and chained generators.
def inner(n):
    for i in range(n):
        yield i
    return n * 10
def outer():
    r1 = yield from inner(2)
    r2 = yield from inner(3)
    yield r1 + r2
print(list(outer()))
def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
def from_iterables():
    yield from "ab"
    yield from [1, 2]
    yield from range(2)
    yield from {"k": 1}
print(list(from_iterables()))
def echo():
    while True:
        got = yield
        print("echo got", got)
def relay():
    yield from echo()
r = relay()
next(r)
r.send("a")
r.send("b")
