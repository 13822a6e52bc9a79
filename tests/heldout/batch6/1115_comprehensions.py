matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for row in matrix for i in range(3) if i != 1])
print([[row[i] for row in matrix] for i in range(3)])
print([x * y for x in range(1, 4) for y in range(1, 4) if x <= y])
print({w: len(w) for w in "the quick brown fox".split()})
print(sorted({c.lower() for c in "Hello World" if c.isalpha()}))
print(sum(x * x for x in range(10) if x % 2))
words = ["apple", "Banana", "cherry", "date", "Elder"]
print({w[0].lower(): w for w in words})
print([(i, w) for i, w in enumerate(words) if w[0].isupper()])
print(["even" if n % 2 == 0 else "odd" for n in range(5)])
x = "outer"
res = [x for x in range(3)]
print(res, x)
nested = {k: {v: v ** 2 for v in range(k)} for k in range(4)}
print(nested)
print(list(zip(*matrix)))
pairs = [(a, b) for a in "xy" for b in (1, 2)]
print(pairs)
gen = (n for n in range(5))
print(type(gen).__name__, next(gen), list(gen), list(gen))
print([y for x in [[1, 2], [3]] for y in x])
flat = [c for word in ["ab", "cd"] for c in word.upper()]
print(flat)
print(dict((k, v) for k, v in zip("abc", range(3))))
print([i for i in range(20) if i % 3 == 0 if i % 2 == 0])
print(any(n > 8 for n in range(10)), all(n < 5 for n in range(10)))


class C:
    factor = 3
    values = [i * 2 for i in range(3)]


print(C.values)
print({(a, b) for a in range(2) for b in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
print([len(s) for s in sorted({"aa", "b", "cccc"})])
