def countdown(n):
    while n > 0:
        yield n
        n -= 1
print(list(countdown(5)))
g = countdown(3)
print(next(g), next(g), next(g), next(g, "done"))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(2))))
def acc():
    total = 0
    while True:
        x = yield total
        total += x
a = acc()
next(a)
print(a.send(5), a.send(10))
def ret():
    yield 1
    return "result"
r = ret()
next(r)
try:
    next(r)
except StopIteration as e:
    print("StopIteration value:", e.value)
gen = (x * x for x in range(4))
print(sum(gen), sum(gen))
