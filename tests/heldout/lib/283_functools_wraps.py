from functools import wraps
def logged(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__, args, sorted(kwargs.items()))
        return fn(*args, **kwargs)
    return wrapper
@logged
def add(a, b=0):
    "Add two numbers."
    return a + b
print(add(2, b=3))
print(add.__name__, add.__doc__)
print(add.__wrapped__(5, 6))
def plain(fn):
    def inner():
        return fn()
    return inner
@plain
def g():
    "doc g"
print(g.__name__, g.__doc__)
