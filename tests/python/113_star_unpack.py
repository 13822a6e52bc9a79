# Star unpacking in assignments, for loops and displays.
a, *b = [1, 2, 3]
*c, d = "xyz"
e, *f, g = range(6)
h, *i = (1,)
print(a, b, c, d, e, f, g, h, i)
(p, q), *r = [(1, 2), 3, 4]
print(p, q, r)
for first, *rest in [(1, 2, 3), (4,), "ab"]:
    print(first, rest)
print([*range(3), *"ab"], (*[1, 2], 3), {*"aab"} == {"a", "b"}, {**{"x": 1}, "y": 2, **{"x": 3}})
print(*[1, 2], *(3,), sep="-")
try:
    x, y = [1, 2, 3]
except ValueError as err:
    print("ValueError:", err)
try:
    x, y, z = [1, 2]
except ValueError as err:
    print("ValueError:", err)
try:
    x, *y, z = [1]
except ValueError as err:
    print("ValueError:", err)
try:
    x, y = 5
except TypeError as err:
    print("TypeError:", err)
