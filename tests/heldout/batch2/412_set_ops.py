a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(a.issubset({1, 2, 3, 4, 5}), {1, 2} <= a, a.isdisjoint({9}), a > {1})
a.add(10)
a.discard(99)
a.remove(1)
print(sorted(a), len(a))
try:
    a.remove(99)
except KeyError as e:
    print(type(e).__name__, e)
fs = frozenset([3, 1, 2])
print(sorted(fs), fs == {1, 2, 3}, type(fs).__name__)
print(sorted(set("mississippi")), len(set([1, 1.0, True])))
c = {x % 3 for x in range(10)}
print(sorted(c), set(), sorted({(1, 2), (1, 2), (2, 1)}))
a.update([20, 30]); a.intersection_update({2, 3, 20, 99})
print(sorted(a))
