inventory = {
    "fruits": {"apple": {"qty": 5, "price": 0.5}, "pear": {"qty": 0, "price": 0.75}},
    "veg": {"carrot": {"qty": 12, "price": 0.2}},
}
total = sum(v["qty"] * v["price"] for cat in inventory.values() for v in cat.values())
print(round(total, 2))
out_of_stock = [name for cat in inventory.values() for name, v in cat.items() if v["qty"] == 0]
print(out_of_stock)
inventory["veg"]["pea"] = {"qty": 100, "price": 0.01}
for cat, items in sorted(inventory.items()):
    print(cat, ", ".join(f"{n}={v['qty']}" for n, v in sorted(items.items())))
records = [{"n": "a", "tags": ["x", "y"]}, {"n": "b", "tags": ["y"]}]
by_tag = {}
for r in records:
    for t in r["tags"]:
        by_tag.setdefault(t, []).append(r["n"])
print(dict(sorted(by_tag.items())))
