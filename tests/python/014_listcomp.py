# List comprehensions.
print([x * x for x in range(6)])
print([c.upper() for c in "abc"])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
words = ["apple", "kiwi", "banana"]
print([len(w) for w in words], [w for w in words if "an" in w])
print([(i, w) for i, w in enumerate(words)])
x = "outer"
print([x for x in [1, 2]], x)

def scaled(xs, k):
    return [v * k for v in xs]

print(scaled([1, 2, 3], 10))
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print(grid)
