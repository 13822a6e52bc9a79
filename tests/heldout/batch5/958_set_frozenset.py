# set and frozenset
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union([9])), sorted(a.intersection(b, {4})), sorted(a.difference(b)))
print({1, 2} <= a, {1, 2} < a, a >= {1}, a.isdisjoint({7, 8}), a.issubset(range(10)))
s = set()
s.add(3); s.add(1); s.add(3)
print(sorted(s), len(s))
s.discard(10)
s.remove(1)
print(s)
try:
    s.remove(42)
except KeyError as e:
    print(type(e).__name__, e)
f = frozenset([1, 2, 2, 3])
print(sorted(f), type(f).__name__, f == {1, 2, 3}, hash(f) == hash(frozenset({3, 2, 1})))
d = {f: "frozen"}
print(d[frozenset({1, 2, 3})])
try:
    {{1}}
except TypeError as e:
    print(type(e).__name__, e)
c = {x % 3 for x in range(10)}
print(sorted(c))
a.update([10, 11]); a.intersection_update(range(5, 20))
print(sorted(a))
t = {1, 2, 3}
t.symmetric_difference_update({3, 4})
print(sorted(t), t.pop() in {1, 2, 4})
print(set("hello") == set("olleh"), sorted(set("mississippi")))
print(repr(set()), repr(frozenset()), {1, 2} == frozenset({1, 2}))
print(sorted({"b", "a", "c"}), len({1, 1.0, True}))
try:
    f.add(3)
except AttributeError as e:
    print(type(e).__name__, e)
