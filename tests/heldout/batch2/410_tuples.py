t = (1, 2, 3, 2)
print(t, t[1], t.count(2), t.index(3), len(t))
single = (5,)
print(single, type(()).__name__, tuple("abc"), tuple([1, 2]))
a, b, c, d = t
print(a + d)
try:
    t[0] = 9
except TypeError as e:
    print(type(e).__name__, e)
print((1, 2) < (1, 3), (1, 2, 3) > (1, 2), (2,) > (1, 99))
nested = ((1, 2), (3, 4))
print([x * y for x, y in nested])
print(t + (4,), t * 2, 3 in t, max(t), min(t), sum(t))
print(sorted([(2, "b"), (1, "z"), (2, "a")]))
