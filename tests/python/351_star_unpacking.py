# Star unpacking in assignments, calls and displays.
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = "abc"
head, *rest = [1]
print(init, tail, head, rest)
(a, b), *others = [(1, 2), 3, 4]
print(a, b, others)
def f(*args, **kwargs):
    return args, kwargs
print(f(*[1, 2], *(3,), **{"k": 1}, **{"j": 2}))
print([*range(3), *"ab", 9], (*[1, 2],), {*[1, 1, 2], 3}, {**{"a": 1}, "b": 2})
for i, (x, *ys) in enumerate([(1, 2, 3), (4,)]):
    print(i, x, ys)
try:
    x, y = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    x, y, z = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
