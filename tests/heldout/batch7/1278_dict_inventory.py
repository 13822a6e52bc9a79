inventory = {"apple": 50, "banana": 20, "cherry": 0}
deliveries = [("banana", 30), ("date", 15), ("apple", -10), ("elder", 5)]
for item, qty in deliveries:
    inventory[item] = inventory.get(item, 0) + qty
print(inventory)
print(list(inventory), list(inventory.values()), len(inventory))
print(inventory.pop("cherry"), inventory.pop("zzz", "none"), "cherry" in inventory)
try:
    inventory.pop("zzz")
except KeyError as e:
    print("KeyError:", e)
print(inventory.setdefault("fig", 1), inventory.setdefault("apple", 999))
print(inventory.popitem(), inventory)
inventory.update({"grape": 12}, kiwi=3)
inventory.update([("lime", 4)])
print(inventory)
low = {k: v for k, v in inventory.items() if v < 10}
print(low)
by_qty = dict(sorted(inventory.items(), key=lambda kv: (-kv[1], kv[0])))
print(by_qty)
print(dict.fromkeys(["x", "y"], 0), dict(zip("abc", range(3))), dict(a=1, b=2))
d1, d2 = {"a": 1, "b": 2}, {"b": 3, "c": 4}
print(d1 | d2, d2 | d1)
d1 |= {"z": 26}
print(d1, d1 == {"z": 26, "b": 2, "a": 1})
keys = inventory.keys()
inventory["new"] = 7
print("new" in keys, len(keys))
print(keys & {"apple", "nope", "new"} == {"apple", "new"}, sorted(keys - {"apple"})[:3])
try:
    for k in inventory:
        if k == "apple":
            inventory["mango"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
c = inventory.copy()
c["apple"] = -1
print(inventory["apple"], c["apple"], c.get("missing"), c.get("missing", 0))
nested = {"a": {"b": {"c": 1}}}
print(nested["a"]["b"]["c"], nested.get("x", {}).get("y"))
del nested["a"]["b"]
print(nested, list(reversed({"p": 1, "q": 2, "r": 3})))
inventory.clear()
print(inventory, bool(inventory))
print({1: "int", 1.0: "float", True: "bool"})
