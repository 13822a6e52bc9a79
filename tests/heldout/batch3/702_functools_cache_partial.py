import functools
calls = 0
@functools.lru_cache(maxsize=None)
def fib(n):
    global calls
    calls += 1
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), calls)
print(fib.cache_info())
fib.cache_clear()
print(fib.cache_info().currsize)
@functools.cache
def sq(x):
    print("computing", x)
    return x * x
print(sq(4), sq(4))
base2 = functools.partial(int, base=2)
print(base2("1011"), base2.func.__name__, base2.keywords)
def power(b, e): return b ** e
cube = functools.partial(power, e=3)
print(cube(2), [cube(i) for i in range(4)])
