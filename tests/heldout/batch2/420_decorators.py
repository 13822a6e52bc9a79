import functools
def trace(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        r = fn(*a, **k)
        print(f"{fn.__name__}{a} -> {r}")
        return r
    return wrapper
def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
@trace
def add(a, b):
    """adds"""
    return a + b
@repeat(3)
def hi(name):
    return "hi " + name
add(2, 3)
print(add.__name__, add.__doc__)
print(hi("x"))
calls = []
def register(fn):
    calls.append(fn.__name__)
    return fn
@register
@trace
def mul(a, b):
    return a * b
mul(4, 5)
print(calls)
