# decorators with and without arguments
import functools
calls = []
def log(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        calls.append(fn.__name__)
        return fn(*args, **kwargs)
    return wrapper
def repeat(times):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*a, **k):
            return [fn(*a, **k) for _ in range(times)]
        return wrapper
    return deco
def tag(name="b"):
    def deco(fn):
        def wrapper(text):
            return f"<{name}>{fn(text)}</{name}>"
        return wrapper
    return deco
@log
def add(a, b):
    """Add two numbers."""
    return a + b
@repeat(3)
def hello(who):
    return f"hi {who}"
@tag("i")
@tag()
def shout(t):
    return t.upper()
print(add(2, 3), add.__name__, add.__doc__, calls)
print(hello("bo"), hello.__name__)
print(shout("x"), shout.__name__)
print(add.__wrapped__(10, 20), calls)
class CountCalls:
    def __init__(self, fn):
        functools.update_wrapper(self, fn)
        self.fn = fn
        self.n = 0
    def __call__(self, *a):
        self.n += 1
        return self.fn(*a)
@CountCalls
def sq(x):
    return x * x
print(sq(3), sq(4), sq.n, sq.__name__)
def deco_with_optional(fn=None, *, prefix=">"):
    if fn is None:
        return lambda f: deco_with_optional(f, prefix=prefix)
    return lambda *a: prefix + str(fn(*a))
@deco_with_optional
def one():
    return 1
@deco_with_optional(prefix="#")
def two():
    return 2
print(one(), two())
