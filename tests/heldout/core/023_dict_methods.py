d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d))
print(d.get("a"), d.get("z"), d.get("z", 0))
print(d.setdefault("a", 100), d.setdefault("d", 4), d)
print(d.pop("d"), d.pop("zz", "none"))
print(list(d.keys()), list(d.values()), list(d.items()))
d.update({"a": 10}, e=5)
print(d)
print(d.popitem(), d)
print(dict.fromkeys("xyz", 0))
print(dict([("k", 1), ("j", 2)]), dict(a=1, b=2), dict(zip("ab", [1, 2])))
try:
    d["missing"]
except KeyError as e:
    print(type(e).__name__, e)
del d["a"]
print(d, "b" in d, 2 in d)
print({**d, "z": 26}, d | {"b": 99})
d |= {"q": 0}
print(d)
e = d.copy(); e.clear(); print(d, e)
