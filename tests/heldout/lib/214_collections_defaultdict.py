from collections import defaultdict
d = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3), ("c", 4), ("b", 5)]:
    d[k].append(v)
print(sorted(d.items()))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()))
print(d.default_factory is list)
print("zz" in d)
_ = d["zz"]
print("zz" in d, d["zz"])
nd = defaultdict(lambda: "missing")
print(nd["x"])
plain = defaultdict()
try:
    plain["nope"]
except KeyError as e:
    print(type(e).__name__, e)
print(isinstance(d, dict))
