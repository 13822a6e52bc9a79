# collections.defaultdict
from collections import defaultdict
words = "apple avocado banana blueberry cherry apricot".split()
by_letter = defaultdict(list)
for w in words:
    by_letter[w[0]].append(w)
print(dict(by_letter))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()))
print(counts["z"], "z" in counts, len(counts))
print(counts.get("q"), "q" in counts)
nested = defaultdict(lambda: defaultdict(int))
sales = [("north", "jan", 5), ("north", "feb", 3), ("south", "jan", 7), ("north", "jan", 1)]
for region, month, n in sales:
    nested[region][month] += n
print({r: dict(m) for r, m in nested.items()})
tree = lambda: defaultdict(tree)
t = tree()
t["a"]["b"]["c"] = 1
t["a"]["x"] = 2
def to_dict(d):
    return {k: to_dict(v) if isinstance(v, defaultdict) else v for k, v in d.items()}
print(to_dict(t))
s = defaultdict(set)
for a, b in [(1, 2), (1, 3), (2, 3), (1, 2)]:
    s[a].add(b)
print({k: sorted(v) for k, v in s.items()})
plain = defaultdict()
try:
    plain["missing"]
except KeyError as e:
    print(type(e).__name__, e)
print(plain.default_factory, by_letter.default_factory.__name__)
dd = defaultdict(str, {"a": "x"})
dd["b"] += "y"
print(dd, repr(dd["c"]))
print(isinstance(dd, dict), type(dd.copy()).__name__)
graph = defaultdict(list)
for u, v in [("a", "b"), ("b", "c"), ("a", "c")]:
    graph[u].append(v)
    graph[v]
print(sorted(graph.items()))
