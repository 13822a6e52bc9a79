t = (1, "two", 3.0)
print(t, len(t), t[1], t[-1])
single = (5,)
print(single, type(single).__name__, type((5)).__name__)
print(t + (4,), t * 2)
print((1, 2, 2, 3).count(2), (1, 2, 3).index(3))
print((1, 2) < (1, 3), (2,) > (1, 99))
a, b, c = t
print(a, b, c)
nested = ((1, 2), (3, 4))
for x, y in nested:
    print(x * y)
print(tuple("abc"), tuple(range(3)))
print(sorted([(2, "b"), (1, "z"), (2, "a")]))
try:
    t[0] = 9
except TypeError as e:
    print(type(e).__name__, e)
