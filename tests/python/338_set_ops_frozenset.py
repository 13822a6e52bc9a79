# set operators and methods; frozenset hashing and as dict keys.
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [9]), a.intersection(b, {4}), a.difference([1], (2,)), a.symmetric_difference([4, 6]))
print(a <= {1, 2, 3, 4, 5}, a < a, a >= {1}, {1, 2}.issubset([1, 2, 3]), a.issuperset(range(1, 3)), a.isdisjoint({7, 8}))
c = set(a)
c |= {10}
c &= {1, 2, 10}
c -= {2}
c ^= {1, 99}
print(c)
s = {3, 1}
s.add(2); s.discard(42); s.remove(3)
print(s, s.pop() in {1, 2}, len(s))
s.update([5, 6], (7,))
s.intersection_update({5, 6, 7, 8})
s.difference_update({7})
s.symmetric_difference_update({6, 9})
print(sorted(s))
f = frozenset([1, 2, 3])
g = frozenset([3, 2, 1])
print(f == g, hash(f) == hash(g), {f: "first"}[g], f | {4}, type(f | {4}).__name__, type({4} | f).__name__)
print(frozenset(), set(), frozenset("aab") == {"a", "b"}, {frozenset({1}), frozenset({1})})
nested = {frozenset({1, 2}): "pair", frozenset(): "empty"}
print(nested[frozenset([2, 1])], len(nested))
try:
    {1}.remove(2)
except KeyError as e:
    print("KeyError:", e)
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError:", e)
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
