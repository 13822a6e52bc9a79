d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), "a" in d, "z" in d)
print(d.get("z"), d.get("z", 0), d.setdefault("d", 4), d.setdefault("a", 100))
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.pop("b"), d.pop("zz", "none"), d)
d.update({"e": 5}, f=6)
print(d)
print(d.popitem(), d)
e = dict.fromkeys(["x", "y"], 0)
print(e, dict(zip("abc", range(3))), dict(a=1, b=2))
print({**d, "a": 0}, d | {"g": 7})
for k, v in sorted(d.items(), key=lambda kv: -kv[1]):
    print(k, v)
try:
    d["missing"]
except KeyError as e:
    print(type(e).__name__, e)
del d["a"]
print(d, {1: "x"} == {1: "x"})
