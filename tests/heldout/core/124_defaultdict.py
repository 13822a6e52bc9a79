from collections import defaultdict
groups = defaultdict(list)
for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[w[0]].append(w)
print(dict(groups))
counts = defaultdict(int)
for ch in "hello":
    counts[ch] += 1
print(sorted(counts.items()))
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 2
print(nested["x"]["y"], "z" in nested, len(nested))
dd = defaultdict(None)
try:
    dd["k"]
except KeyError as e:
    print(type(e).__name__, e)
print(groups.get("zz"), "zz" in groups, groups.default_factory.__name__)
class Missing(dict):
    def __missing__(self, key):
        return key.upper()
m = Missing(a="x")
print(m["a"], m["b"], m.get("b"), "b" in m)
