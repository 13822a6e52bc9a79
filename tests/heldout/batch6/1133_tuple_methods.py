t = (1, 2, 3, 2, 1)
print(t, len(t), t.count(2), t.index(3), t[1:3], t + (4,), t * 2, 2 in t)
print((), (1,), tuple(), tuple("ab"), tuple([1, [2]]), (1), type((1)).__name__, type((1,)).__name__)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    t.index(99)
except ValueError as e:
    print("ValueError:", e)
inner = (1, [2, 3])
inner[1].append(4)
print(inner)
try:
    hash(inner)
except TypeError as e:
    print("TypeError:", e)
print(hash((1, 2)) == hash((1, 2)), (1, 2) == (1, 2), (1, 2) < (1, 2, 0), (2,) > (1, 99), max([(1, "b"), (1, "a")]))
point = 3, 4
x, y = point
print(x, y, point)
locations = {(0, 0): "origin", (1, 0): "east"}
print(locations[(0, 0)], locations[1, 0])
records = [("bob", 25, "NY"), ("amy", 30, "LA"), ("cid", 25, "SF")]
print(sorted(records, key=lambda r: (r[1], r[0])))
names, ages, cities = zip(*records)
print(names, ages, cities)


def stats(nums):
    return min(nums), max(nums), sum(nums) / len(nums)


lo, hi, avg = stats([4, 8, 6])
print(lo, hi, avg)
print(tuple(sorted((3, 1, 2))), tuple(reversed(t)), sum((1, 2, 3)), list(enumerate(("a", "b"), 1)))
a = (1, 2)
b = a
a += (3,)
print(a, b)
print(repr((1,)), str(("x", 2.5)), (1, 2).__len__(), tuple(x * x for x in range(4)))
try:
    (1, 2) + [3]
except TypeError as e:
    print("TypeError:", e)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested), [len(n) for n in nested])
print(tuple(range(0)), () == tuple(), bool(()), bool((0,)))
