import functools
import operator

print(functools.reduce(operator.add, [1, 2, 3, 4]), functools.reduce(lambda a, b: a * b, range(1, 6), 1))
print(functools.reduce(max, [3, 9, 2]), functools.reduce(operator.concat, [[1], [2, 3]], []), functools.reduce(operator.add, [], 0))
try:
    functools.reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)
int2 = functools.partial(int, base=2)
print(int2("1010"), int2("11", base=10), int2.func is int, int2.args, int2.keywords)
power = functools.partial(pow, 2)
print(power(10), [power(i) for i in range(5)])
greet = functools.partial(print, "Hello", sep=", ")
greet("World")
calls = []


@functools.lru_cache(maxsize=None)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(50), len(calls))
info = fib.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize)
fib.cache_clear()
print(fib.cache_info().currsize)


@functools.lru_cache(maxsize=2)
def square(x):
    print("  computing", x)
    return x * x


for v in [1, 2, 1, 3, 2, 1]:
    square(v)
print(square.cache_info())


@functools.cache
def slow_upper(s):
    print("  upper of", s)
    return s.upper()


print(slow_upper("a"), slow_upper("a"), slow_upper("b"))


def deco(f):
    @functools.wraps(f)
    def w(*a, **k):
        return f(*a, **k)
    return w


@deco
def documented(x):
    """Doc string here."""
    return x


print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__)


class Circle:
    def __init__(self, r):
        self.r = r

    @functools.cached_property
    def area(self):
        print("  computing area")
        return 3.14159 * self.r ** 2


c = Circle(2)
print(round(c.area, 3), round(c.area, 3), "area" in vars(c))
del c.area
print(round(c.area, 3))
pm = functools.partialmethod
class Cell:
    def set_state(self, state):
        self.state = state
    set_alive = pm(set_state, True)
    set_dead = pm(set_state, False)


cell = Cell()
cell.set_alive()
print(cell.state)
cell.set_dead()
print(cell.state)
