from functools import lru_cache, cache
calls = []
@lru_cache(maxsize=2)
def f(x):
    calls.append(x)
    return x * 10
print(f(1), f(2), f(1), f(3), f(2))
print(calls)
print(f.cache_info())
f.cache_clear()
print(f.cache_info())
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80))
print(fib.cache_info())
@cache
def sq(n):
    return n * n
print(sq(4), sq(4), sq.cache_info().hits)
