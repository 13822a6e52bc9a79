Point = tuple
pts = [(3, 4), (1, 1), (0, 5), (3, -4), (1, 1)]
print(sorted(pts), pts.count((1, 1)), pts.index((0, 5)))
print(sorted(set(pts)), max(pts), min(pts, key=lambda p: p[0] ** 2 + p[1] ** 2))
t = (1, [2, 3], "x")
t[1].append(4)
print(t)
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
try:
    hash(t)
except TypeError as e:
    print("TypeError:", e)
print(hash((1, 2)) == hash((1, 2)), (1,) + (2, 3), (0,) * 3, () == tuple(), type(()).__name__)
single = 5,
print(single, len(single), (5), tuple("ab"), tuple(range(3)), tuple({"k": 1}))
print((1, 2, 3) < (1, 2, 4), (1, 2) < (1, 2, 0), ("a", 2) < ("b", 1), (1, "a") == (1, "a"))
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print("TypeError:", e)
employees = [("eng", "ann", 120), ("ops", "bob", 90), ("eng", "cy", 110), ("ops", "di", 95), ("hr", "ed", 70)]
by_dept = {}
for dept, name, salary in employees:
    by_dept.setdefault(dept, []).append((salary, name))
for dept in sorted(by_dept):
    staff = sorted(by_dept[dept], reverse=True)
    total = sum(s for s, _ in staff)
    print(f"{dept}: top={staff[0][1]} total={total} avg={total / len(staff):.1f}")
lookup = {(r, c): r * c for r in range(3) for c in range(3)}
print(lookup[(2, 2)], lookup[1, 2], len(lookup))
a, b = divmod(100, 7)
print(a, b, divmod(100, 7) == (a, b))
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested), 3 in nested, (3, (4, 5)) in nested)
