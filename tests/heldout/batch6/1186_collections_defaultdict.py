from collections import defaultdict

words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
by_letter = defaultdict(list)
for w in words:
    by_letter[w[0]].append(w)
print(dict(by_letter))
print(by_letter["z"], "z" in by_letter, len(by_letter))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()), counts["q"])
print(defaultdict(int).default_factory, by_letter.default_factory)
unique = defaultdict(set)
for k, v in [("a", 1), ("b", 2), ("a", 1), ("a", 3)]:
    unique[k].add(v)
print({k: sorted(v) for k, v in unique.items()})
tree = lambda: defaultdict(tree)
t = tree()
t["animals"]["mammals"]["cat"] = "meow"
t["animals"]["birds"]["owl"] = "hoot"


def to_dict(d):
    return {k: to_dict(v) if isinstance(v, defaultdict) else v for k, v in d.items()}


print(to_dict(t))
no_factory = defaultdict()
try:
    no_factory["x"]
except KeyError as e:
    print("KeyError:", e)
const = defaultdict(lambda: "N/A", {"known": "yes"})
print(const["known"], const["unknown"], dict(const))
print(const.get("other"), "other" in const)
graph = defaultdict(list)
for a, b in [(1, 2), (1, 3), (2, 3), (3, 1)]:
    graph[a].append(b)
    graph[b]
print(dict(graph))
dd = defaultdict(int, {"a": 5})
dd2 = dd.copy()
dd2["b"] += 1
print(dd, dd2, type(dd2).__name__)
print(isinstance(dd, dict), repr(defaultdict(list)))
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError:", e)
