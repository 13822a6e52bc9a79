# Tuples and unpacking.
t = (1, "two", 3.0)
print(t, t[1], len(t), t[-1], t[:2], (1,), (), tuple())
a, b, c = t
print(a, b, c)
x, y = 1, 2
x, y = y, x
print(x, y)
[p, q] = "pq"
print(p, q)
pairs = [(1, "one"), (2, "two"), (3, "three")]
for num, word in pairs:
    print(num, word)
print((1, 2) + (3,), (0,) * 3, (1, 2) < (1, 3), 2 in (1, 2), t.count(1), t.index(3.0))
first, second = divmod(100, 7)
print(first, second)
nested = ((1, 2), [3, 4])
(m, n), [o, r] = nested
print(m, n, o, r)
