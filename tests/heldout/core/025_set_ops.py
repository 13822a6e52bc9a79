a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union([9])), sorted(a.intersection(b, {4})), sorted(a.difference(b)))
print({1, 2} <= a, {1, 2} < a, a >= {1}, a.isdisjoint({7, 8}))
s = set()
s.add(3); s.add(3); s.add(1)
print(sorted(s), len(s))
s.discard(99)
s.remove(3)
print(s)
try:
    s.remove(99)
except KeyError as e:
    print(type(e).__name__, e)
fs = frozenset([1, 2, 2])
print(sorted(fs), type(fs).__name__, {fs: "ok"}[frozenset({2, 1})])
print(set(), type({}).__name__)
print(sorted(set("mississippi")))
c = {1, 2}
c |= {3}; c &= {2, 3}; c -= {2}
print(c)
print(s.pop(), s)
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)
