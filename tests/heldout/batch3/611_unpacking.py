a, b = 1, 2
a, b = b, a
print(a, b)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
x, *mid, y = range(6)
print(x, mid, y)
(p, q), r = (1, 2), 3
print(p, q, r)
print(*[1, 2, 3], sep="-")
def f(a, b, c):
    return a + b * c
args = [1, 2, 3]
print(f(*args), f(**{"a": 1, "b": 2, "c": 3}))
merged = [*range(3), *"ab"]
print(merged)
d = {**{"x": 1}, "y": 2, **{"x": 3}}
print(d)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
for i, (k, v) in enumerate({"m": 1, "n": 2}.items()):
    print(i, k, v)
