import functools
def trace(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print(f"calling {fn.__name__} with {args} {kwargs}")
        r = fn(*args, **kwargs)
        print(f"{fn.__name__} returned {r}")
        return r
    return wrapper
@trace
def add(a, b=0):
    """Add numbers."""
    return a + b
add(1, b=2)
print(add.__name__, add.__doc__)
def plain(fn):
    def w():
        return fn() * 2
    return w
@plain
def five():
    return 5
print(five(), five.__name__)
def d1(f):
    return lambda: "d1(" + f() + ")"
def d2(f):
    return lambda: "d2(" + f() + ")"
@d1
@d2
def base():
    return "base"
print(base())
