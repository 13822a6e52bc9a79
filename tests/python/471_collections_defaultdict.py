# collections.defaultdict: list/int/set/lambda factories, no factory, copy, repr
from collections import defaultdict

groups = defaultdict(list)
for word in ["apple", "bob", "avocado", "cat", "banana"]:
    groups[word[0]].append(word)
print(groups)
print(groups["a"], groups["z"], len(groups), "z" in groups, "q" in groups)
counts = defaultdict(int)
for ch in "hello world":
    counts[ch] += 1
print(sorted(counts.items()))
seen = defaultdict(set)
seen["x"].add(1)
seen["x"].add(1)
print(dict(seen), seen.default_factory)
dd = defaultdict(lambda: "n/a", k="v")
print(dd["k"], dd["missing"], sorted(dd.items()))
nofac = defaultdict()
try:
    nofac["x"]
except KeyError as e:
    print("KeyError:", e)
cp = groups.copy()
cp["new"].append(1)
print("new" in groups, cp.default_factory is list, groups.get("nothere"), len(groups))
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError:", e)
