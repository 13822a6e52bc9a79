# Positional-only, keyword-only parameters and CPython's TypeError messages.
def f(a, b, /, c, *, d, e=5):
    return (a, b, c, d, e)
print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4, e=6))
def call(fn, *args, **kwargs):
    try:
        print(fn(*args, **kwargs))
    except TypeError as exc:
        print("TypeError:", exc)
call(f, 1, 2, 3)
call(f, 1, b=2, c=3, d=4)
call(f, 1, 2, 3, 4, d=5)
call(f, 1, 2, 3, d=4, x=9)
call(f, 1, 2, 3, c=3, d=4)
call(f)
def g(x, y=2, *args, z, **kw):
    return x, y, args, z, kw
call(g, 1, z=3)
call(g, 1, 2, 3, 4, z=5, w=6)
call(g, 1)
call(g, x=1, y=2, z=3, x2=4)
def h(a, b):
    return a + b
call(h, 1)
call(h, 1, 2, 3)
call(h, 1, a=1)
call(h, **{"a": 1, "b": 2})
call(h, *[1], **{"b": 10})
def only_kw(*, key):
    return key
call(only_kw, 1)
call(only_kw, key="k")
call(lambda: 0, 1)
call(lambda x, /: x, x=1)
