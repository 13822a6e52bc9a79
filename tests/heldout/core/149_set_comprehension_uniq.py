data = [3, 1, 3, 2, 1, 5]
seen = set()
uniq = []
for x in data:
    if x not in seen:
        seen.add(x)
        uniq.append(x)
print(uniq, list(dict.fromkeys(data)))
print(sorted({x * x for x in range(-3, 4)}))
words = ["Apple", "apple", "APPLE", "banana"]
print(sorted({w.lower() for w in words}))
print(len(set("the quick brown fox jumps over the lazy dog".replace(" ", ""))))
a = {(1, 2), (2, 1), (1, 2)}
print(sorted(a))
print(sorted(frozenset({1, 2}) | {3}), type(frozenset() | set()).__name__)
print({1, 2, 3} == {3, 2, 1}, {1} < {1, 2}, set([]) == set())
