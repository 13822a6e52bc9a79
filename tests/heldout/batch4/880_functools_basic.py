# functools: partial, reduce, lru_cache, cache, wraps
import functools, operator
def power(base, exp):
    return base ** exp
square = functools.partial(power, exp=2)
two_to = functools.partial(power, 2)
print(square(7), two_to(10), square.func.__name__, square.args, square.keywords)
p2 = functools.partial(square, 3)
print(p2(), repr(functools.partial(max, 1).args))
print(functools.reduce(operator.add, range(10)), functools.reduce(operator.mul, [1, 2, 3, 4], 10))
print(functools.reduce(lambda a, b: a if a > b else b, [3, 9, 2]), functools.reduce(operator.add, [], 'init'))
try:
    functools.reduce(operator.add, [])
except TypeError as e:
    print(type(e).__name__, e)
calls = []
@functools.lru_cache(maxsize=None)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), len(calls), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
@functools.lru_cache(maxsize=2)
def ident(x):
    return x
for v in [1, 2, 1, 3, 2, 1]:
    ident(v)
print(ident.cache_info())
@functools.cache
def slow_sq(x):
    calls.append(('sq', x))
    return x * x
calls.clear()
print(slow_sq(4), slow_sq(4), calls)
@functools.lru_cache(typed=True)
def typed(x):
    return type(x).__name__
print(typed(1), typed(1.0), typed.cache_info().currsize)
def deco(f):
    @functools.wraps(f)
    def inner(*a):
        return f(*a)
    return inner
@deco
def documented(x):
    "Doc string."
    return x
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__)
class Calc:
    def op(self, a, b, mode):
        return a + b if mode == 'add' else a * b
    add = functools.partialmethod(op, mode='add')
    mul = functools.partialmethod(op, mode='mul')
c = Calc()
print(c.add(2, 3), c.mul(2, 3))
