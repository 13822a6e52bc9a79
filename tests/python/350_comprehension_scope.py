# Comprehension scoping, nesting, conditions and the walrus operator.
x = "outer"
squares = [x * x for x in range(5)]
print(squares, x)
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix, [row[i] for i, row in enumerate(matrix)], [v for row in matrix for v in row if v % 2])
print({k: len(k) for k in ["a", "bb", "ccc"] if len(k) > 1}, {v % 3 for v in range(10)})
transposed = [[row[i] for row in matrix] for i in range(3)]
print(transposed)
print([(a, b) for a in range(3) for b in range(a)], [y for y in "abc" if y != "b" if y != "z"])
data = [1, 5, 2, 8, 3]
print([m for v in data if (m := v * 10) > 25], m)
total = 0
running = [total := total + v for v in data]
print(running, total)
gen = (c.upper() for c in "hey")
print(next(gen), list(gen), list(gen))
funcs = [lambda k=k: k * 2 for k in range(3)]
print([f() for f in funcs])
print(sum(x for x in range(10) if x % 3 == 0), max((len(w), w) for w in ["aa", "b", "ccc"]))
