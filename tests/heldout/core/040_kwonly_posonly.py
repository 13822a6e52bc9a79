def f(a, b, /, c, *, d, e=5):
    return a, b, c, d, e
print(f(1, 2, 3, d=4))
print(f(1, 2, c=3, d=4, e=6))
for call in [lambda: f(a=1, b=2, c=3, d=4), lambda: f(1, 2, 3, 4), lambda: f(1, 2, 3)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
def g(x, /, **kw):
    return x, kw
print(g(1, x=2))
def h(*, key):
    return key
print(h(key="k"))
try:
    h("k")
except TypeError as e:
    print(type(e).__name__, e)
print(f.__code__.co_posonlyargcount, f.__code__.co_kwonlyargcount, f.__code__.co_argcount)
