a, b, c = 1, 2, 3
print(a, b, c)
a, b = b, a
print(a, b)
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = "hello"
print(init, tail)
head, *rest = [1]
print(head, rest)
(x, y), z = (1, 2), 3
print(x, y, z)
[p, (q, *r)], s = [10, (20, 30, 40)], 50
print(p, q, r, s)
for i, (name, score) in enumerate([("ann", 90), ("bob", 85)]):
    print(i, name, score)
for k, v in {"a": 1, "b": 2}.items():
    print(k, v)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError:", e)
print([*range(3), *"ab", *[None]])
print((*[1, 2], 3), {*[1, 1, 2]}, {**{"a": 1}, "b": 2, **{"a": 3}})


def f(a, b, c=0, *args, **kwargs):
    return a, b, c, args, kwargs


print(f(*[1, 2]), f(*(1, 2, 3, 4)), f(1, *[2], **{"c": 5, "d": 6}))
print(f(**{"a": 1, "b": 2}))
args = [3, 10, 2]
print(list(range(*args)), max(*args), print(*args, sep="-"))
d1, d2 = {"x": 1}, {"y": 2}
merged = {**d1, **d2}
print(merged, d1 | d2)
k1, k2 = {"p": 1, "q": 2}
print(k1, k2)
(a, b), (c, d) = "ab", [3, 4]
print(a, b, c, d)
m = [[1, 2], [3, 4]]
[[w1, w2], [w3, w4]] = m
print(w1 + w2 + w3 + w4)
i = 0
items = [0, 0]
i, items[i] = 1, 9
print(i, items)
_, value, _ = ("ignore", "keep", "ignore")
print(value)
x = y = z = []
x.append(1)
print(y, z is x)
