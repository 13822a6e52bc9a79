# functools.wraps / update_wrapper copy the name, docstring and __wrapped__
import functools


def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print("call", func.__name__, args, kwargs)
        return func(*args, **kwargs)
    return wrapper


@logged
def add(a, b=0):
    """Add two numbers."""
    return a + b


print(add(2, b=3))
print(add.__name__, add.__doc__, add.__wrapped__.__name__)
print(add.__qualname__)


def plain(x):
    return x


def shim(*a):
    return plain(*a)


functools.update_wrapper(shim, plain)
print(shim.__name__, shim.__wrapped__ is plain, shim(5))
