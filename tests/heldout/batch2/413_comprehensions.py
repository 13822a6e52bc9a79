print([x * x for x in range(8) if x % 2 == 0])
print([(i, j) for i in range(3) for j in range(i)])
print({w: len(w) for w in ["apple", "kiwi", "fig"]})
print(sorted({c.lower() for c in "AbBa"}))
print(sum(x for x in range(101)))
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row])
print(["even" if n % 2 == 0 else "odd" for n in range(4)])
g = (n * 2 for n in range(3))
print(type(g).__name__, list(g), list(g))
x = 99
print([x for x in range(3)], x)
