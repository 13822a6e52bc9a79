from collections import defaultdict

transactions = [
    ("2024-01", "food", 120.0), ("2024-01", "rent", 900.0), ("2024-02", "food", 95.5),
    ("2024-01", "food", 30.25), ("2024-02", "fun", 60.0), ("2024-02", "rent", 900.0),
]
by_month = defaultdict(float)
by_cat = defaultdict(list)
nested = defaultdict(lambda: defaultdict(float))
for month, cat, amt in transactions:
    by_month[month] += amt
    by_cat[cat].append(amt)
    nested[month][cat] += amt
print(dict(by_month))
print(dict(by_cat))
print({m: dict(c) for m, c in nested.items()})
print(by_month["2024-03"], len(by_month), "2024-04" in by_month)
counts = defaultdict(int)
for word in "the cat and the hat and the bat".split():
    counts[word] += 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
graph = defaultdict(set)
for a, b in [("a", "b"), ("b", "c"), ("a", "c"), ("d", "a")]:
    graph[a].add(b)
    graph[b].add(a)
print({k: sorted(v) for k, v in sorted(graph.items())})
plain = defaultdict(None)
try:
    plain["x"]
except KeyError as e:
    print("KeyError:", e)
dd = defaultdict(list, {"pre": [1]})
dd["pre"].append(2)
print(dd, dd.default_factory, dd.get("missing"), "missing" in dd)
tree = lambda: defaultdict(tree)
root = tree()
root["a"]["b"]["c"] = 1
root["a"]["x"] = 2


def to_dict(d):
    return {k: to_dict(v) if isinstance(v, defaultdict) else v for k, v in d.items()}


print(to_dict(root))
index = defaultdict(list)
for lineno, line in enumerate(["apple pie", "banana split", "apple tart"], 1):
    for w in line.split():
        index[w].append(lineno)
print(dict(sorted(index.items())))
