# enumerate with start, zip of unequal lengths, map over several
# iterables, filter with None, reversed on sequences.
print(list(enumerate("abc", 1)), list(enumerate([], 5)), list(enumerate("xy", start=-1)))
print(list(zip("abc", [1, 2])), list(zip()), list(zip([1], [2], [3])), dict(zip("ab", "xy")))
print(list(map(pow, [2, 3], [3, 2])), list(map(str.upper, "ab")), list(map(len, ["", "aa"])))
print(list(filter(None, [0, 1, "", "a", [], [0]])), list(filter(lambda x: x > 1, (1, 2, 3))))
print(list(reversed(range(4))), list(reversed("abc")), list(reversed((1, 2))), list(reversed([])))
print(list(zip(*[(1, "a"), (2, "b")])), [i * c for i, c in enumerate("ab", 2)])
e = enumerate(["p", "q"])
print(next(e), next(e), type(e).__name__, type(zip()).__name__, type(map(len, "")).__name__)
try:
    reversed({1, 2})
except TypeError as err:
    print("TypeError:", err)
