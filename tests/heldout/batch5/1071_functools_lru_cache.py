# functools.lru_cache and functools.cache
from functools import lru_cache, cache
calls = 0
@lru_cache(maxsize=None)
def fib(n):
    global calls
    calls += 1
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), calls)
print(fib(80), calls)
info = fib.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize)
fib.cache_clear()
print(fib.cache_info())
@lru_cache(maxsize=2)
def square(x):
    print(f"  computing {x}")
    return x * x
for v in [1, 2, 1, 3, 2, 1]:
    print(v, square(v))
print(square.cache_info())
@cache
def ways(n, coins=(1, 5, 10, 25)):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])
print(ways(100), ways.cache_info().currsize > 0)
@lru_cache(maxsize=4, typed=True)
def kind(x):
    return type(x).__name__
print(kind(1), kind(1.0), kind(True), kind.cache_info().currsize)
try:
    square([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
print(fib.__name__, hasattr(fib, "__wrapped__"), fib.cache_parameters())
@lru_cache
def no_parens(x):
    return x + 1
print(no_parens(1), no_parens.cache_info().maxsize)
