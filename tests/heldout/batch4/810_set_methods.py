# set and frozenset
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union([9])), sorted(a.intersection(b, {4})), sorted(a.difference(b)))
print(a.issubset({1, 2, 3, 4, 5}), a.issuperset({1}), a.isdisjoint({7}), {1} < a, a <= a)
s = set()
s.add(3); s.add(1); s.add(3)
print(sorted(s), len(s))
s.update([5, 6], {7})
s.discard(100)
s.remove(5)
print(sorted(s))
try:
    s.remove(100)
except KeyError as e:
    print(type(e).__name__, e)
x = s.pop()
print(x in s, len(s))
fs = frozenset([1, 2, 2, 3])
print(sorted(fs), 2 in fs, hash(fs) == hash(frozenset([3, 2, 1])))
d = {fs: 'frozen'}
print(d[frozenset({1, 2, 3})])
try:
    fs.add(4)
except AttributeError as e:
    print(type(e).__name__)
c = {1, 2, 3}
c &= {2, 3, 4}
print(sorted(c))
c |= {10}
c -= {2}
c ^= {3, 11}
print(sorted(c))
print(sorted({w.lower() for w in ['A', 'a', 'B']}))
print(set() == frozenset(), type(a | fs).__name__, type(fs | a).__name__)
print(sorted(set('mississippi')), len(set(range(100)) - set(range(0, 100, 3))))
print(sorted({(1, 2), (1, 2), (2, 1)}))
print(set([1, 2]) == {2, 1}, {1, 2} != {1, 3})
