# unpacking and star expressions
a, b = 1, 2
a, b = b, a
print(a, b)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
head, *mid, tail = range(6)
print(head, mid, tail)
x, *y = [1]
print(x, y)
(p, q), r = (1, 2), 3
print(p, q, r)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
def f(a, b, *args, c=10, **kwargs):
    return a, b, args, c, sorted(kwargs.items())
print(f(1, 2))
print(f(1, 2, 3, 4, c=5, d=6, e=7))
print(f(*[1, 2, 3], **{"c": 0, "z": 1}))
def g(pos, /, both, *, kw):
    return pos, both, kw
print(g(1, 2, kw=3), g(1, both=2, kw=3))
try:
    g(pos=1, both=2, kw=3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    g(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
merged = [*"ab", *[1, 2], *(3,)]
print(merged, (*range(2), 9), {*"aa", "b"} == {"a", "b"})
d1 = {"x": 1}
print({**d1, "y": 2, **{"x": 3}})
print(*[1, 2, 3], sep="-")
a = b = c = 7
print(a, b, c)
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 5
print(i, lst)
