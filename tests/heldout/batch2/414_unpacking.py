a, *rest = [1, 2, 3, 4]
print(a, rest)
*init, last = "hello"
print(init, last)
first, *mid, end = range(6)
print(first, mid, end)
(p, q), r = (1, 2), 3
print(p, q, r)
x, y = 1, 2
x, y = y, x
print(x, y)
print(*[1, 2, 3], sep="-")
print([*range(3), *"ab"], {**{"a": 1}, **{"b": 2}})
def f(a, b, c):
    return a * 100 + b * 10 + c
print(f(*[1, 2], **{"c": 3}))
for i, (k, v) in enumerate({"x": 1, "y": 2}.items()):
    print(i, k, v)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
