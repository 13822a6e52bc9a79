# Comprehensions of every kind: nested, filtered, dict and set, and their
# own scope.
m = [[1, 2, 3], [4, 5, 6]]
print([x for row in m for x in row if x % 2], [[r[i] for r in m] for i in range(3)])
print({k: v for k, v in zip("abc", range(3)) if v}, {x % 3 for x in range(10)})
print({(i, j) for i in range(2) for j in range(2) if i != j} == {(0, 1), (1, 0)})
print([(i, j) for i in range(3) for j in range(i)], [c * 2 for c in "ab"])
print({w: len(w) for w in "the quick brown".split()}, [x if x > 0 else -x for x in (-1, 2, -3)])
x = "outer"
print([x for x in range(3)], x)
print([[y * z for z in range(y)] for y in range(4)])
print({k: [v for v in range(k)] for k in range(3)}, sorted({-x for x in [1, 2, 2]}))
print([a + b for a, b in [(1, 2), (3, 4)]], [i for i in range(20) if i % 2 if i % 3])
