import functools
print(functools.reduce(lambda a, b: a * b, range(1, 6)))
print(functools.reduce(lambda a, b: a + b, [], "init"))
def power(base, exp):
    return base ** exp
square = functools.partial(power, exp=2)
cube = functools.partial(power, exp=3)
print(square(5), cube(2), square.keywords, square.func.__name__)
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100))
info = fib.cache_info()
print(info.hits, info.misses, info.currsize)
@functools.cache
def sq(x):
    print("computing", x)
    return x * x
print(sq(4), sq(4), sq(5))
@functools.singledispatch
def show(x):
    return f"object {x!r}"
@show.register
def _(x: int):
    return f"int {x}"
@show.register(list)
def _(x):
    return f"list of {len(x)}"
print(show(1), show([1, 2]), show("s"), show(True))
print(functools.cmp_to_key(lambda a, b: b - a)(1) < functools.cmp_to_key(lambda a, b: b - a)(2))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
