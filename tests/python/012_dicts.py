# Dictionaries.
ages = {"ann": 31, "bob": 25}
ages["cy"] = 40
ages["ann"] = 32
print(ages, len(ages), ages["bob"], "bob" in ages, "zed" in ages)
print(ages.get("cy"), ages.get("zed"), ages.get("zed", 0))
for name in ages:
    print(name, ages[name])
for k, v in ages.items():
    print(k, "->", v)
print(list(ages.keys()), list(ages.values()), ages.keys())
del ages["bob"]
print(ages, ages.pop("cy"), ages)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
mixed = {1: "int", (1, 2): "tuple", "k": [1, 2], True: "bool"}
print(mixed, mixed[1], mixed[(1, 2)])
d2 = dict(a=1, b=2)
d2.update({"c": 3})
print(d2, d2 == {"c": 3, "b": 2, "a": 1}, {} == {})
print(sorted(counts), max(counts.values()), d2.setdefault("z", 26), d2)
