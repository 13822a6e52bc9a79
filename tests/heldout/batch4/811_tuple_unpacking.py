# tuples and unpacking
t = (1, 2, 3, 2)
print(t.count(2), t.index(3), len(t), t[1:], t + (4,), t * 2, (1,) == (1,))
single = 5,
print(single, type(()).__name__, tuple('ab'), tuple(range(3)))
a, b, c = 1, 2, 3
a, b = b, a
print(a, b, c)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = 'hello'
print(init, last)
x, *mid, y = range(6)
print(x, mid, y)
(p, q), r = (1, 2), 3
print(p, q, r)
for i, (k, v) in enumerate({'a': 1, 'b': 2}.items()):
    print(i, k, v)
def f(*args, **kwargs):
    return args, sorted(kwargs.items())
print(f(*[1, 2], *(3,), **{'x': 1}, y=2))
merged = [*range(3), *'ab', *{5: 0}]
print(merged)
dd = {**{'a': 1}, 'b': 2, **{'a': 3}}
print(dd)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    t[0] = 9
except TypeError as e:
    print(type(e).__name__, e)
print((1, 2) < (1, 2, 0), (2,) > (1, 9), max([(1, 'b'), (1, 'a')]))
nested = ((1, 2), (3, 4))
print([a + b for a, b in nested], hash((1, 2)) == hash((1, 2)))
a = b = [0]
a += [1]
print(b, a is b)
