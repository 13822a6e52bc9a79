# Closures, cells, nonlocal and decorators across collections
import gc

def make_counter():
    count = 0
    history = []
    def inc(step=1):
        nonlocal count
        count += step
        history.append(count)
        return count
    def hist():
        return list(history)
    return inc, hist

inc, hist = make_counter()
for i in range(10):
    inc(i)
    junk = {j: [j] for j in range(200)}
    gc.collect()
print(inc(), hist())

def memo(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper

@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80))
gc.collect()
print(len(fib.cache), fib(90))

adders = [lambda x, k=k: x + k for k in range(5)]
late = [lambda x: x + k for k in range(5)]
gc.collect()
print([a(100) for a in adders], [f(100) for f in late])

def outer():
    x = "outer-x"
    def middle():
        y = "middle-y"
        def inner():
            return x + "/" + y
        return inner
    return middle()

fns = [outer() for _ in range(50)]
gc.collect()
print(fns[0](), fns[49](), len(set(f() for f in fns)))

class Acc:
    def __init__(self):
        self.total = 0
    def add(self, v):
        self.total += v
        return self

bound = Acc().add
gc.collect()
for i in range(5):
    bound(i)
print(bound.__self__.total)
