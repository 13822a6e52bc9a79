print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0])
print([x if x % 2 else -x for x in range(6)])
print([(x, y) for x in range(3) for y in range(x)])
words = ["apple", "Bob", "cat", "Dog"]
print([w.lower() for w in words if w[0].isupper()])
x = "outer"
res = [x for x in range(3)]
print(x, res)
print([[c for c in w] for w in ["ab", "cd"]])
print([i for i in range(3) if i for j in range(2)])
print([y for x in [[1, 2], [3], []] for y in x])
