def f(*args, **kwargs):
    return args, sorted(kwargs.items())
print(f())
print(f(1, 2, x=3, y=4))
def g(a, *rest, sep="-", **opts):
    return sep.join(str(r) for r in (a,) + rest), opts
print(g(1, 2, 3), g(1, sep="+"), g(0, 9, k=1))
def h(a, b, c):
    return a * 100 + b * 10 + c
print(h(*[1, 2, 3]), h(**{"c": 1, "a": 2, "b": 3}), h(1, *[2], **{"c": 3}))
try:
    h(1, 2, **{"b": 3})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**{1: 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    h(1, 2, d=4)
except TypeError as e:
    print(type(e).__name__, e)
