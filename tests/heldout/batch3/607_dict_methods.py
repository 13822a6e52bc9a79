d = {"b": 2, "a": 1}
d["c"] = 3
print(d, len(d), list(d.keys()), list(d.values()))
print(d.get("z"), d.get("z", 0), d.setdefault("d", 4), d)
print(d.pop("a"), d.pop("zz", "none"), d)
d.update({"e": 5}, f=6)
print(d)
print(d.popitem(), d)
for k, v in d.items():
    print(k, v)
m = {"x": 1} | {"y": 2}
m |= {"x": 10}
print(m)
print(dict.fromkeys("abc", 0))
print(dict(zip(["p", "q"], [1, 2])), dict(a=1, b=2))
print("b" in d, "zz" not in d)
print(sorted({"z": 1, "a": 3, "m": 2}.items(), key=lambda kv: kv[1]))
