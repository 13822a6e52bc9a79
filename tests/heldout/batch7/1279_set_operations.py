enrolled = {
    "math": {"ann", "bob", "cy", "dee"},
    "art": {"bob", "eve", "dee"},
    "bio": {"ann", "eve", "fay"},
}
print(sorted(enrolled["math"] & enrolled["art"]))
print(sorted(enrolled["math"] | enrolled["bio"]))
print(sorted(enrolled["math"] - enrolled["bio"]), sorted(enrolled["art"] ^ enrolled["bio"]))
everyone = set().union(*enrolled.values())
print(len(everyone), sorted(everyone))
in_all = set.intersection(*enrolled.values())
print(in_all, len(in_all))
counts = {s: sum(s in group for group in enrolled.values()) for s in everyone}
print(sorted(counts.items()))
print({"ann", "bob"} <= enrolled["math"], {"ann"} < {"ann"}, enrolled["art"].isdisjoint({"zed"}))
print(enrolled["bio"].issuperset({"fay"}), {"a"}.issubset("abc"))
s = {3, 1, 2}
s.add(2)
s.add(4)
s.discard(10)
s.remove(1)
print(sorted(s), len(s))
try:
    s.remove(10)
except KeyError as e:
    print("KeyError:", e)
popped = {7}.pop()
print(popped)
s.update([10, 11], {12})
s.difference_update({10})
s.intersection_update(range(12))
print(sorted(s))
s.symmetric_difference_update({2, 99})
print(sorted(s))
fs = frozenset("hello")
print(sorted(fs), "h" in fs, type(fs | {"z"}).__name__, type({"z"} | fs).__name__)
groups = {frozenset({"a", "b"}): 1, frozenset({"b", "a"}): 2}
print(len(groups), groups[frozenset("ab")])
try:
    {[1, 2]}
except TypeError as e:
    print("TypeError:", e)
print(set() == frozenset(), {1, 2} == {2, 1}, set("aab") == {"a", "b"}, {1, True, 1.0})
dupes = [3, 1, 3, 2, 1, 5]
seen, out = set(), []
for x in dupes:
    if x not in seen:
        seen.add(x)
        out.append(x)
print(out, sorted(set(dupes)), repr(set()), {frozenset()})
print(sorted({x % 4 for x in range(20)}), sorted({1, 2} | {3} - {2}))
