sq = [x * x for x in range(6)]
print(sq)
ev = [x for x in range(20) if x % 3 == 0]
print(ev)
pairs = [(x, y) for x in range(3) for y in range(3) if x != y]
print(pairs)
d = {w: len(w) for w in ["apple", "fig", "kiwi"]}
print(d)
s = {c.lower() for c in "AbBa"}
print(sorted(s))
g = sum(x for x in range(101))
print(g)
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([v if v > 0 else 0 for v in [-1, 2, -3, 4]])
flat = [n for row in matrix for n in row]
print(flat)
print({k: v for k, v in zip("abc", range(3)) if v})
