# functools.lru_cache / cache: memoisation, cache_info, cache_clear, eviction
import functools

calls = []


@functools.lru_cache(maxsize=None)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), len(calls))
print(fib.cache_info())
print(fib.cache_info().hits, fib.cache_info().currsize)
fib.cache_clear()
print(fib.cache_info())


@functools.lru_cache(maxsize=2)
def sq(x):
    print("computing", x)
    return x * x


for v in [1, 2, 1, 3, 2, 1]:
    sq(v)
print(sq.cache_info())


@functools.cache
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


print(fact(25), fact.cache_info().misses)


@functools.lru_cache
def kw(a, b=1):
    return a + b


print(kw(1), kw(1, b=2), kw(a=1), kw.cache_info().misses)
print(fib.__name__, fib.__wrapped__.__name__, sq.cache_parameters())
try:
    functools.lru_cache(maxsize="big")
except TypeError as e:
    print("TypeError:", e)
