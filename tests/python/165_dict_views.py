# Dict views are live: they see later mutations, and values can be
# replaced while iterating over items.
d = {"a": 1, "b": 2}
keys, values, items = d.keys(), d.values(), d.items()
d["c"] = 3
del d["a"]
print(keys, values, items, len(keys), "c" in keys, 3 in values)
print(list(reversed(keys)), sorted(values, reverse=True), dict(items))
for k, v in d.items():
    d[k] = v * 10
print(d)
