d = {}
for key in ["zebra", "apple", "mango", "banana"]:
    d[key] = len(key)
print(list(d), list(d.values()))
d["apple"] = 99
print(list(d))
del d["zebra"]
d["zebra"] = 0
print(list(d.items()))
defaults = {"color": "blue", "size": "M", "qty": 1}
user = {"size": "L", "gift": True}
merged = defaults | user
print(merged)
print(user | defaults)
cfg = dict(defaults)
cfg |= {"qty": 5}
cfg |= [("extra", "yes")]
print(cfg)
try:
    defaults | [("a", 1)]
except TypeError as e:
    print("TypeError:", e)
print({**defaults, **user} == defaults | user)
inverted = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inverted)
squares = {n: n * n for n in range(6) if n % 2}
print(squares)
grouped = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    grouped.setdefault(word[0], []).append(word)
print(grouped)
nested = {"a": {"x": 1}, "b": {"y": 2}}
flat = {f"{outer}.{inner}": v for outer, sub in nested.items() for inner, v in sub.items()}
print(flat)
print(dict(sorted({"b": 2, "c": 3, "a": 1}.items())), dict(sorted({"b": 2, "c": 3, "a": 1}.items(), key=lambda kv: -kv[1])))
a = {"x": 1, "y": 2}
b = {"y": 2, "x": 1}
print(a == b, list(a) == list(b), list(a.items()) == list(b.items()))
print(list(reversed(a)), next(iter(a)), next(reversed(a.values())))
first, *_, last = {"one": 1, "two": 2, "three": 3}
print(first, last)
counts = dict.fromkeys("abc", 0)
for ch in "abacab":
    counts[ch] += 1
print(counts)
data = {"k1": [3, 1, 2], "k2": [9, 8]}
print({k: sorted(v) for k, v in data.items()}, {k: max(v) for k, v in data.items()})
views = a.items()
a["z"] = 26
print(views, len(views), ("z", 26) in views)
print(sorted(a.items() - {("x", 1)}), a.keys() == {"x", "y", "z"})
