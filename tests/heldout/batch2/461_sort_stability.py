records = [("bob", "B", 82), ("amy", "A", 91), ("cat", "B", 91), ("dan", "A", 82), ("eve", "C", 77)]
by_score = sorted(records, key=lambda r: r[2], reverse=True)
print([r[0] for r in by_score])
step = sorted(records, key=lambda r: r[0])
step = sorted(step, key=lambda r: r[1])
print([r[0] for r in step])
rs = list(records)
rs.sort(key=lambda r: (r[1], -r[2]))
print(rs)
print(sorted([3, 1, 2], reverse=True), sorted("bca"), sorted({3: "x", 1: "y"}))
try:
    sorted([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([[2, 1], [1, 2], [1]]), sorted([True, False, 0, 1]))
