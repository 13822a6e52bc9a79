# comprehensions
squares = [x * x for x in range(10)]
print(squares)
evens = [x for x in range(20) if x % 2 == 0 if x % 3 == 0]
print(evens)
pairs = [(x, y) for x in range(3) for y in range(x)]
print(pairs)
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for row in matrix for i in range(len(row)) if i == 1])
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row])
words = ["apple", "bob", "kayak", "level", "python"]
print({w: len(w) for w in words})
print({w[0] for w in words} == {"a", "b", "k", "l", "p"})
print(sorted({len(w) for w in words}))
print([w.upper() if w == w[::-1] else w for w in words])
gen = (x ** 2 for x in range(5))
print(type(gen).__name__, sum(gen), sum(gen))
x = "outer"
result = [x for x in "ab"]
print(x, result)
fns = [lambda: i for i in range(3)]
print([f() for f in fns])
fns2 = [lambda i=i: i for i in range(3)]
print([f() for f in fns2])
print([y for x in range(4) if (y := x * 10) > 10])
print(y)
nested = {k: {i: i * k for i in range(2)} for k in (1, 2)}
print(nested)
print([(i, c) for i, c in enumerate("abc") if c != "b"])
print(any(x > 8 for x in squares), all(x >= 0 for x in squares))
print(dict((k, v) for k, v in zip("abc", range(3))))
print([*range(3), *"xy"], {**{"a": 1}, "b": 2})
