t = (1, 2, 3, 2)
print(t, len(t), t.count(2), t.index(3))
print(t + (4,), t * 2, (1,) , ())
print(type(()).__name__, type((1)).__name__, type((1,)).__name__)
x = 1, 2
print(x)
a, b = b, a = 1, 2
print(a, b)
print(tuple("abc"), tuple([1, 2]), tuple(range(3)))
print((1, 2) < (1, 2, 0), max((1, 5), (1, 3), (0, 9)))
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0])
print(hash((1, 2)) == hash((1, 2)))
try:
    hash(([1],))
except TypeError as e:
    print(type(e).__name__, e)
