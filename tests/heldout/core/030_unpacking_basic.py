a, b, c = [1, 2, 3]
print(a, b, c)
x, y = "hi"
print(x, y)
(p, q), r = (1, 2), 3
print(p, q, r)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
a, b = b, a
print(a, b)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b = 5
except TypeError as e:
    print(type(e).__name__, e)
lst = [0, 0]
i = 0
i, lst[i] = 1, 9
print(i, lst)
