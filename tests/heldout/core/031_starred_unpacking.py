first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
a, *mid, z = range(6)
print(a, mid, z)
a, *mid, z = [1, 2]
print(a, mid, z)
(a, *b), *c = [1, 2], 3, 4
print(a, b, c)
print([*range(3), *"ab"], (*[1, 2], 3), {*[1, 1, 2]})
d1 = {"a": 1}; d2 = {"b": 2, "a": 3}
print({**d1, **d2})
def f(*args, **kw):
    return args, kw
print(f(*[1, 2], *(3,), **{"x": 1}, **{"y": 2}))
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
*x, = (1, 2)
print(x)
