inventory = {"apples": 3, "pears": 0, "plums": 7}
for name, qty in inventory.items():
    print(f"{name:>8}: {qty}")
print({k: v for k, v in inventory.items() if v})
print(sorted(inventory, key=inventory.get))
print(max(inventory.items(), key=lambda kv: kv[1]))
print(sum(inventory.values()), list(inventory.keys())[0])
inverted = {}
for k, v in {"a": 1, "b": 2, "c": 1}.items():
    inverted.setdefault(v, []).append(k)
print(inverted)
merged = {}
for dct in [{"x": 1}, {"y": 2}, {"x": 3}]:
    merged.update(dct)
print(merged)
print(dict(sorted({"b": 2, "a": 1, "c": 0}.items())))
print(list({"k": 1}.items())[0], len({}))
