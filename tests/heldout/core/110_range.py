r = range(2, 20, 3)
print(list(r), len(r), r[0], r[-1], r[2:4], r.index(8), r.count(5))
print(5 in r, 6 in r, list(range(5, 0, -1)), list(range(0)), list(range(3, 1)))
print(range(10)[::-2], list(range(10)[::-2]))
print(range(0, 10, 2) == range(0, 9, 2), range(0) == range(5, 5))
big = range(10 ** 18)
print(len(big), big[-1], 10 ** 17 in big)
try:
    range(1, 2, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
print(repr(range(3)), repr(range(1, 5, 2)), reversed(range(3)).__class__.__name__)
