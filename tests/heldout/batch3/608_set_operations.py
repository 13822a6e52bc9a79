a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(a.issubset({1, 2, 3, 4, 5}), {1, 2} <= a, a.isdisjoint({9}))
a.add(10)
a.discard(99)
a.remove(1)
print(sorted(a))
print(sorted(set("mississippi")))
f = frozenset([1, 2, 2, 3])
print(sorted(f), len(f), 2 in f)
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)
s = {x % 3 for x in range(10)}
print(sorted(s))
u = set()
u.update([5, 1], [3])
print(sorted(u), len(u))
print({1, 2} == {2, 1}, set() == frozenset())
