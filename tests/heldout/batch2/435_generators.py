def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "done"
print(list(countdown(5)))
g = countdown(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(12)])
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(2))))
def accum():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
a = accum(); next(a)
print(a.send(5), a.send(10), a.send(1))
def inner():
    r = yield 1
    return r * 2
def outer():
    v = yield from inner()
    yield v
o = outer()
print(next(o), o.send(21))
