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

# isdisjoint on the set-like views (dict_values has none)
d = {1: "a", 2: "b"}
print(d.keys().isdisjoint([3, 4]), d.keys().isdisjoint((1,)), d.items().isdisjoint({(1, "a")}))
print(d.keys().isdisjoint(iter([9])), d.items().isdisjoint([(2, "z")]))
try:
    d.values().isdisjoint([1])
except AttributeError as e:
    print(e)
try:
    d.keys().isdisjoint(5)
except TypeError as e:
    print(e)
