inventory = {
    "fruits": {"apple": 5, "banana": 0, "cherry": 12},
    "veg": {"carrot": 3, "leek": 0},
}
for cat, items in inventory.items():
    in_stock = [k for k, v in items.items() if v > 0]
    print(cat, in_stock, sum(items.values()))
records = [
    {"name": "a", "tags": ["x", "y"]},
    {"name": "b", "tags": []},
    {"name": "c", "tags": ["y"]},
]
by_tag = {}
for r in records:
    for t in r["tags"]:
        by_tag.setdefault(t, []).append(r["name"])
print(by_tag)
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
print(grid)
bad = [[0] * 3] * 3
bad[0][0] = 1
print(bad)
print(max(records, key=lambda r: len(r["tags"]))["name"])
