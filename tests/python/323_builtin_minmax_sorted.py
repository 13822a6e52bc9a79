# sorted/min/max with key, default and reverse; stability.
words = ["banana", "Apple", "cherry", "date", "Elder", "fig"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
print(min(words, key=len), max(words, key=len), min(3, 1, 2), max([1, 5, 3]))
print(min([], default="empty"), max([], default=None), min([4], default=0), max("hello"))
print(max([(1, "b"), (1, "a"), (0, "z")]), min((2, 1), (1, 9)), max(1, 2.5, True))
pairs = [(1, "x"), (0, "y"), (1, "a"), (0, "b")]
print(sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted({"b": 1, "a": 2}), sorted("cab"), sorted((3, 1, 2)), sorted(range(3), reverse=True))
print(max({"a": 3, "b": 1}, key=lambda k: {"a": 3, "b": 1}[k]), min([-3, 2, -1], key=abs))
for bad in [lambda: min([]), lambda: max(), lambda: sorted([1, "a"]), lambda: min(1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
