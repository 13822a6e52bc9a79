# tuple, range and slice objects
t = (1, 2, 3, 2)
print(t, t.count(2), t.index(3), len(t), t[1:], t[::-1], t + (5,), t * 2)
single = (1,)
print(single, type(()).__name__, tuple("ab"), (1, 2) < (1, 3))
r = range(2, 20, 3)
print(list(r), len(r), r[2], r[-1], r[1:3], 11 in r, 12 in r)
print(r.start, r.stop, r.step, r.index(8), r.count(5))
print(list(range(10, 0, -2)), len(range(0)), list(range(5, 1)))
print(range(0, 10, 2) == range(0, 9, 2), repr(range(3)), repr(range(1, 9, 2)))
sl = slice(1, 8, 2)
print(sl, sl.start, sl.stop, sl.step)
print(sl.indices(5), slice(None, None, -1).indices(4))
data = list(range(10))
print(data[sl], data[slice(3)], data[-3:], data[:-7:-2])
try:
    range(1, 5, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    t[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
print(range(10**20)[10**19], len(range(0, 10**6, 7)))
print(hash((1, 2)) == hash((1, 2)), reversed(range(3)).__class__.__name__, list(reversed(range(3))))
print(max(range(5)), sum(range(101)), sorted((3, 1, 2)))
