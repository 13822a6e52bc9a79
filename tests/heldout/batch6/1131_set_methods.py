a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union(b, [9])), sorted(a.intersection([1, 3, 7])), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print({1, 2} <= a, {1, 2} < a, a >= {1}, a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({7, 8}))
s = set()
s.add(3)
s.add(3)
s.update([1, 2], (5,))
print(sorted(s), len(s), 3 in s, 7 not in s)
s.discard(100)
s.remove(5)
try:
    s.remove(100)
except KeyError as e:
    print("KeyError:", e)
print(sorted(s))
x = s.pop()
print(x in {1, 2, 3}, len(s))
c = {10, 20, 30}
c -= {10}
c |= {40}
c &= {20, 40, 50}
print(sorted(c))
c ^= {40, 60}
print(sorted(c))
fs = frozenset([3, 1, 2])
print(sorted(fs), type(fs | {4}).__name__, type({4} | fs).__name__, fs == {1, 2, 3}, hash(fs) == hash(frozenset({1, 2, 3})))
try:
    fs.add(1)
except AttributeError as e:
    print("AttributeError")
d = {fs: "frozen key"}
print(d[frozenset({1, 2, 3})])
try:
    {[1, 2]}
except TypeError as e:
    print("TypeError:", e)
print(sorted({"banana", "apple", "cherry"}), sorted(set("mississippi")))
print(set(), type({}).__name__, len(set("aabbcc")), {1, 1.0, True})
words = ["apple", "bob", "apple", "cat", "bob"]
seen = set()
unique = []
for w in words:
    if w not in seen:
        seen.add(w)
        unique.append(w)
print(unique, list(dict.fromkeys(words)))
e = {1, 2}
f = e.copy()
f.add(3)
print(sorted(e), sorted(f))
e.clear()
print(e, bool(e))
print(sorted({x % 5 for x in range(20)}), {(1, 2), (1, 2)})
try:
    {1} + {2}
except TypeError as e:
    print("TypeError:", e)
print(set([3, 1]) == frozenset([1, 3]), sorted(frozenset("hello")))
