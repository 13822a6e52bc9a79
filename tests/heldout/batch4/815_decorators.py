# decorators
import functools
calls = []
def trace(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        calls.append(func.__name__)
        return func(*args, **kwargs)
    return wrapper
def repeat(n):
    def deco(func):
        def wrapper(*a):
            return [func(*a) for _ in range(n)]
        return wrapper
    return deco
@trace
def add(a, b):
    """Add two numbers."""
    return a + b
@repeat(3)
def greet(name):
    return 'hi ' + name
print(add(2, 3), add.__name__, add.__doc__, calls, add.__wrapped__(1, 1))
print(greet('x'))
def deco_a(f):
    return lambda: 'a(' + f() + ')'
def deco_b(f):
    return lambda: 'b(' + f() + ')'
@deco_a
@deco_b
def base():
    return 'base'
print(base())
def register(registry):
    def deco(cls):
        registry[cls.__name__] = cls
        return cls
    return deco
REG = {}
@register(REG)
class Foo:
    pass
@register(REG)
class Bar:
    pass
print(sorted(REG))
class CountCalls:
    def __init__(self, f):
        functools.update_wrapper(self, f)
        self.f = f
        self.n = 0
    def __call__(self, *a):
        self.n += 1
        return self.f(*a)
@CountCalls
def sq(x):
    return x * x
print(sq(3), sq(4), sq.n, sq.__name__)
