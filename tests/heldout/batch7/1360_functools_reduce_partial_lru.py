import functools
import operator

print(functools.reduce(operator.add, [1, 2, 3, 4]), functools.reduce(operator.mul, range(1, 6), 1))
print(functools.reduce(lambda acc, w: acc + [w.upper()], ["a", "b"], []), functools.reduce(max, [3, 9, 2]))
try:
    functools.reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)
nested = {"a": {"b": {"c": 42}}}
print(functools.reduce(lambda d, k: d[k], ["a", "b", "c"], nested))
int2 = functools.partial(int, base=2)
print(int2("1010"), int2("111", base=10), int2.func is int, int2.keywords, int2.args)
log = functools.partial(print, "[log]", sep=" | ")
log("started", "ok")
pow_of_2 = functools.partial(pow, 2)
print([pow_of_2(i) for i in range(6)])
calls = []


@functools.lru_cache(maxsize=None)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), len(calls), fib.cache_info())
fib(80)
print(fib.cache_info().hits)
fib.cache_clear()
print(fib.cache_info())


@functools.lru_cache(maxsize=2)
def square(x):
    calls.append(("sq", x))
    return x * x


calls.clear()
for v in [1, 2, 1, 3, 1, 2]:
    square(v)
print(calls, square.cache_info())


@functools.cache
def ways(n):
    return 1 if n <= 1 else ways(n - 1) + ways(n - 2)


print(ways(50), ways.cache_info().currsize)
try:
    fib([1])
except TypeError as e:
    print("TypeError:", e)


@functools.lru_cache(typed=True)
def typed_default(x):
    return type(x).__name__


print(typed_default(1), typed_default(1.0), typed_default(1), typed_default.cache_info().currsize)
