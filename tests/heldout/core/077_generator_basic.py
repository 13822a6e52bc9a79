def count_up(n):
    print("start")
    i = 0
    while i < n:
        yield i
        i += 1
    print("end")
g = count_up(3)
print(type(g).__name__)
print(next(g))
for v in g:
    print("got", v)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
def empty():
    return
    yield
print(list(empty()))
def gen_ret():
    yield 1
    return "result"
g = gen_ret()
next(g)
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)
