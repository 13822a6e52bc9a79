# Sets and frozensets: displays, comprehensions, membership, operators,
# methods, iteration order (CPython's hash layout for ints), and a
# KeyError from remove().

primes = {2, 3, 5, 7, 11, 13}
odds = {n for n in range(15) if n % 2}
print(primes, odds)
print(primes & odds, primes | {1, 4}, primes - odds, primes ^ odds)
print(3 in primes, 4 in primes, 4 not in primes, len(primes), len(set()))
print(set(), set([3, 1, 3, 2, 1]), set("mississippi") == {"m", "i", "s", "p"})
print(sorted(set("hello world")), {x % 4 for x in range(100)})
print({100, 5, 33, 8, 16}, {-1, -2, 7}, set(range(10, 0, -1)))

seen = set()
for word in "the quick brown fox jumps over the lazy dog the end".split():
    if word in seen:
        print("repeat:", word)
    seen.add(word)
print(len(seen), sorted(seen))

s = {1, 2, 3}
s.add(4)
s.discard(1)
s.discard(99)
s.remove(2)
print(s, s.pop(), s)
s.update([10, 20], (30,), {40})
print(s)
s.clear()
print(s, bool(s), bool({0}))

a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a.union(b, [9]), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print({1, 2}.issubset(a), a.issuperset({1, 5}), a.isdisjoint({7, 8}), {1, 2} <= a, {1, 2} < {1, 2}, a >= b)
c = a.copy()
c |= {100}
c -= {1}
c &= {2, 3, 100}
print(a, c)
print({1, 2} == {2, 1}, {1, 2} == [1, 2], {1, 2} != {1})

f = frozenset([3, 1, 2])
print(f, f | {4}, f & {1, 9}, 2 in f, frozenset(), len(f))
groups = {frozenset({1, 2}): "pair", frozenset(): "empty"}
print(groups[frozenset([2, 1])], groups[frozenset()])

coords = {(0, 0), (1, 2), (0, 0), (2, 1)}
print(len(coords), (1, 2) in coords, sorted(coords))

def unique_in_order(items):
    seen = set()
    out = []
    for x in items:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out

print(unique_in_order([3, 1, 3, 2, 1, 4]))
for x in {5, 3, 1}:
    print("iter", x)

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

visited = {Point(0, 0), Point(1, 0), Point(0, 0)}
visited.add(Point(1, 0))
print(len(visited), Point(0, 0) in visited, Point(2, 2) in visited, sorted(visited, key=lambda p: p.x))

try:
    {[1, 2]}
except TypeError as e:
    print("TypeError:", e)

tags = {"red", "green"}
tags.remove("blue")
