# dict methods and behaviour
d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), "a" in d, 1 in d)
print(d.get("z"), d.get("z", 0), d.setdefault("d", 4), d.setdefault("a", 99))
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.pop("b"), d.pop("zz", "none"), d)
print(d.popitem(), d)
d.update({"x": 10}, y=20)
d.update([("z", 30)])
print(d)
print(dict.fromkeys("abc", 0), dict(zip("xy", [1, 2])), dict(a=1))
m = {"a": 1, "b": 2} | {"b": 3, "c": 4}
print(m)
m |= {"d": 5}
print(m)
try:
    d["missing"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
inv = {v: k for k, v in m.items()}
print(inv)
keys = d.keys()
d["new"] = 1
print(len(keys), "new" in keys)
print({"a": 1} == {"a": 1.0}, {1: "x", True: "y"}, {(1, 2): "tuple key"})
print(list(reversed({"p": 1, "q": 2})))
print(d.keys() & {"a", "x"} == {"a", "x"}, sorted(d.keys() - {"a"}))
try:
    for k in d:
        d["boom"] = 1
except RuntimeError as e:
    print(type(e).__name__, e)
print(sorted({"b": 2, "a": 1}.items(), key=lambda kv: kv[1], reverse=True))
