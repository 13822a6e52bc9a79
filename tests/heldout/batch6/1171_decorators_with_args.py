import functools


def repeat(times):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            return [func(*args, **kwargs) for _ in range(times)]
        return wrapper
    return decorator


@repeat(3)
def roll(sides=6):
    """Return a fixed roll."""
    return sides


print(roll(), roll(20), roll.__name__, roll.__doc__, roll.__wrapped__())


def validate(**checks):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(**kwargs):
            for name, check in checks.items():
                if name in kwargs and not check(kwargs[name]):
                    raise ValueError(f"invalid {name}: {kwargs[name]!r}")
            return func(**kwargs)
        return wrapper
    return decorator


@validate(age=lambda a: 0 <= a < 150, name=str.isalpha)
def register(name, age):
    return f"registered {name} ({age})"


print(register(name="ann", age=30))
for bad in [dict(name="ann", age=200), dict(name="a1", age=3)]:
    try:
        register(**bad)
    except ValueError as e:
        print("ValueError:", e)


def trace(prefix="TRACE"):
    def deco(f):
        depth = [0]

        @functools.wraps(f)
        def inner(*a):
            print(f"{prefix} {'  ' * depth[0]}-> {f.__name__}{a}")
            depth[0] += 1
            try:
                r = f(*a)
            finally:
                depth[0] -= 1
            print(f"{prefix} {'  ' * depth[0]}<- {r}")
            return r
        return inner
    return deco


@trace("T")
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


fact(3)


def bold(f):
    return lambda *a: "<b>" + f(*a) + "</b>"


def italic(f):
    return lambda *a: "<i>" + f(*a) + "</i>"


@bold
@italic
def text(s):
    return s


print(text("hi"))


def optional_arg_decorator(func=None, *, label="default"):
    if func is None:
        return lambda f: optional_arg_decorator(f, label=label)

    @functools.wraps(func)
    def wrapper(*args):
        return f"[{label}] {func(*args)}"
    return wrapper


@optional_arg_decorator
def a():
    return "a"


@optional_arg_decorator(label="custom")
def b():
    return "b"


print(a(), b(), a.__name__, b.__name__)


class retry:
    def __init__(self, attempts):
        self.attempts = attempts

    def __call__(self, func):
        @functools.wraps(func)
        def wrapper(*args):
            last = None
            for i in range(1, self.attempts + 1):
                try:
                    return func(i, *args)
                except RuntimeError as e:
                    last = e
                    print(f"  attempt {i} failed: {e}")
            raise last
        return wrapper


@retry(3)
def flaky(attempt, threshold):
    if attempt < threshold:
        raise RuntimeError(f"not yet ({attempt})")
    return f"succeeded on {attempt}"


print(flaky(2))
try:
    flaky(5)
except RuntimeError as e:
    print("gave up:", e)
