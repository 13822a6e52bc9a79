d = {"b": 2, "a": 1}
d["c"] = 3
print(d, len(d), list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.get("a"), d.get("z"), d.get("z", 0), "a" in d, 2 in d, 2 in d.values())
print(d.pop("b"), d, d.pop("zz", "default"))
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError:", e)
print(d.setdefault("a", 100), d.setdefault("n", []), d)
d["n"].append(1)
print(d)
d.update({"a": 10}, e=5)
d.update([("f", 6)])
print(d)
print(d.popitem(), d)
d2 = d.copy()
d2["a"] = -1
print(d["a"], d2["a"])
print(dict.fromkeys("abc", 0), dict.fromkeys([1, 2]), dict(zip("xy", [1, 2])), dict(a=1, b=2))
print({1: "int", 1.0: "float", True: "bool"})
keys = d.keys()
d["new"] = 1
print(keys, "new" in keys, len(keys))
print(d.keys() & {"a", "zz"}, sorted(d.keys() | {"q"}), d.keys() - {"a"} == {"e", "n", "new"})
d.clear()
print(d, bool(d))
try:
    {}["missing"]
except KeyError as e:
    print("KeyError:", e, repr(e))
try:
    {[]: 1}
except TypeError as e:
    print("TypeError:", e)
inv = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inv)
x = {"z": 1, "y": 2}
del x["z"]
x["z"] = 3
print(x, list(reversed(x)))
counts = {}
for w in "the cat the dog the end".split():
    counts[w] = counts.get(w, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
a = {"a": 1}
a |= {"b": 2}
print(a, {"a": 1, "b": 2} == {"b": 2, "a": 1})
try:
    for k in a:
        a["c"] = 3
except RuntimeError as e:
    print("RuntimeError:", e)
nested = {"user": {"name": "ann", "tags": ["x"]}}
print(nested["user"]["tags"][0], nested.get("user", {}).get("age", "n/a"))
print(sorted({"b": 1, "a": 2}), min({"b": 1, "a": 2}.items(), key=lambda t: t[1]))
