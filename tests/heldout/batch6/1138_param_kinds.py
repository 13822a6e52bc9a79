import inspect


def f(a, b, /, c, d=4, *, e, f=6):
    return (a, b, c, d, e, f)


print(f(1, 2, 3, e=5))
print(f(1, 2, c=3, d=40, e=5, f=60))
for call in [lambda: f(1, b=2, c=3, e=5), lambda: f(1, 2, 3, 4, 5), lambda: f(1, 2, 3),
             lambda: f(1, 2, 3, e=5, g=7)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)


def kwonly(*, verbose=False, level):
    return verbose, level


print(kwonly(level=3), kwonly(verbose=True, level=0))
try:
    kwonly(True, 3)
except TypeError as e:
    print("TypeError:", e)


def pos_only_with_kwargs(name, /, **kwargs):
    return name, kwargs


print(pos_only_with_kwargs("x", name="kw-name", other=1))
sig = inspect.signature(f)
for p in sig.parameters.values():
    print(p.name, p.kind.name, p.default if p.default is not inspect.Parameter.empty else "-")
print(str(sig))


def g(x, *args, key=None, **kw):
    return x, args, key, kw


print(g(1), g(1, 2, 3), g(1, key="k"), g(1, 2, key=3, extra=4))
print(divmod(7, 2), pow(2, 3, mod=5))
try:
    divmod(x=7, y=2)
except TypeError as e:
    print("TypeError:", e)
try:
    len(obj=[1])
except TypeError as e:
    print("TypeError:", e)


def clamp(value, /, lo=0, hi=100):
    return max(lo, min(hi, value))


print(clamp(150), clamp(-5), clamp(50, hi=40), clamp(5, 10))
print(sorted([3, 1, 2], reverse=True))
try:
    sorted([3, 1], None)
except TypeError as e:
    print("TypeError:", e)
print(f.__kwdefaults__, f.__defaults__)
