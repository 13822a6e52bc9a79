from collections import defaultdict
groups = defaultdict(list)
for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[w[0]].append(w)
print(dict(groups))
counts = defaultdict(int)
for ch in "hello":
    counts[ch] += 1
print(sorted(counts.items()))
print(counts["missing"], "missing" in counts)
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["x"] += 1
nested["a"]["y"] += 2
print({k: dict(v) for k, v in nested.items()})
s = defaultdict(set)
s["k"].add(1); s["k"].add(1); s["k"].add(2)
print(sorted(s["k"]), s.default_factory.__name__)
plain = defaultdict(None)
try:
    plain["x"]
except KeyError as e:
    print(type(e).__name__, e)
print(repr(defaultdict(int, {"a": 1})))
