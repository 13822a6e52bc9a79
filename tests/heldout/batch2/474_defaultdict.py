from collections import defaultdict
groups = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[word[0]].append(word)
print(sorted(groups.items()))
counts = defaultdict(int)
for ch in "hello world":
    counts[ch] += 1
print(sorted(counts.items()))
print(counts["missing"], "missing" in counts, counts.default_factory)
tree = lambda: defaultdict(tree)
t = tree()
t["a"]["b"]["c"] = 1
t["a"]["x"] = 2
print(t["a"]["b"]["c"], sorted(t["a"]))
sets = defaultdict(set)
sets[1].add(5); sets[1].add(5); sets[2].add(6)
print({k: sorted(v) for k, v in sets.items()})
d = defaultdict(None)
try:
    d["k"]
except KeyError as e:
    print(type(e).__name__, e)
