calls = []


def logged(func):
    def wrapper(*args, **kwargs):
        parts = [repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()]
        calls.append(f"{func.__name__}({', '.join(parts)})")
        try:
            result = func(*args, **kwargs)
        except Exception as e:
            calls.append(f"  raised {type(e).__name__}: {e}")
            raise
        calls.append(f"  -> {result!r}")
        return result
    wrapper.__name__ = func.__name__
    wrapper.__wrapped__ = func
    return wrapper


@logged
def area(width, height=1, *, unit="m"):
    return f"{width * height}{unit}2"


@logged
def total(*amounts, discount=0):
    return round(sum(amounts) * (1 - discount), 2)


@logged
def build(**parts):
    return "-".join(f"{k}:{v}" for k, v in parts.items())


area(3, 4)
area(5, unit="cm")
area(width=2, height=6)
total(1.5, 2.5, 3, discount=0.1)
total()
build(a=1, b=2)
build(**{"x": "y"}, z=0)
try:
    area()
except TypeError:
    pass
try:
    area(1, 2, 3)
except TypeError:
    pass
print("\n".join(calls))
print(area.__name__, area.__wrapped__(1))


def merge_options(defaults, *overrides, **extra):
    result = dict(defaults)
    for o in overrides:
        result.update(o)
    result.update(extra)
    return result


print(merge_options({"a": 1}, {"b": 2}, {"a": 3}, c=4))


def call_with(f, *a, **k):
    return f(*a, **k)


print(call_with(max, 3, 9, 2), call_with(sorted, [3, 1], reverse=True), call_with(dict, x=1))
try:
    call_with(area, 1, **{"height": 2, "unit": "ft", "bogus": 1})
except TypeError:
    print("bogus keyword rejected")


def f(a, b, c):
    return a * 100 + b * 10 + c


print(f(*[1, 2], 3), f(1, *(2, 3)), f(**{"c": 3, "a": 1, "b": 2}), f(*range(3)))
try:
    f(1, **{"a": 2, "b": 3, "c": 4})
except TypeError as e:
    print("TypeError:", e)
