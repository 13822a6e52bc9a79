names = ["a", "b", "c"]
scores = [90, 80, 70]
for i, (n, s) in enumerate(zip(names, scores)):
    print(i, n, s)
print(dict(zip(names, scores)))
print(list(map(str.upper, names)), list(map(pow, [2, 3], [3, 2])))
print(list(zip(range(5), "ab")))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
print(list(reversed(range(4))), sorted(zip(scores, names)))
print(sum(map(len, names)), any(map(str.isupper, names)))
it = iter(range(6))
print(list(zip(it, it)))
print(list(filter(None, [0, 1, "", "x", None, []])))
