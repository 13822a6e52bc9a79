import functools


def retry(times, exceptions=(Exception,)):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return func(*args, **kwargs)
                except exceptions as e:
                    print(f"  attempt {attempt} failed: {e}")
            raise RuntimeError(f"{func.__name__} failed after {times} attempts")
        return wrapper
    return decorator


def count_calls(func):
    @functools.wraps(func)
    def wrapper(*a, **k):
        wrapper.calls += 1
        return func(*a, **k)
    wrapper.calls = 0
    return wrapper


state = {"n": 0}


@retry(3, exceptions=(ConnectionError,))
def flaky():
    """Fails twice then succeeds."""
    state["n"] += 1
    if state["n"] < 3:
        raise ConnectionError(f"timeout #{state['n']}")
    return "connected"


print(flaky(), flaky.__name__, flaky.__doc__)


@retry(2)
def always_fails():
    raise ValueError("nope")


try:
    always_fails()
except RuntimeError as e:
    print("RuntimeError:", e)


@count_calls
@retry(1, exceptions=(KeyError,))
def lookup(d, k):
    return d[k]


print(lookup({"a": 1}, "a"), lookup.calls, lookup.__name__)
try:
    lookup({}, "zz")
except RuntimeError as e:
    print(e, lookup.calls)


def validate_types(**types):
    def deco(f):
        @functools.wraps(f)
        def inner(**kwargs):
            for name, t in types.items():
                if not isinstance(kwargs.get(name), t):
                    raise TypeError(f"{name} must be {t.__name__}")
            return f(**kwargs)
        return inner
    return deco


@validate_types(name=str, age=int)
def register(*, name, age):
    return f"{name} ({age})"


print(register(name="Ann", age=30))
try:
    register(name="Bob", age="old")
except TypeError as e:
    print("TypeError:", e)


def html(tag):
    return lambda f: lambda *a: f"<{tag}>{f(*a)}</{tag}>"


@html("b")
@html("i")
def greet(name):
    return f"hi {name}"


print(greet("there"))
print(flaky.__wrapped__.__name__)
