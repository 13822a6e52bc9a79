names = ["a", "b", "c"]
print(list(enumerate(names)), list(enumerate(names, start=1)))
print(list(zip([1, 2, 3], "xy")), list(zip(*[(1, "a"), (2, "b")])))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
print(list(map(str.upper, names)), list(map(pow, [2, 3], [3, 2])))
print(any([]), all([]), any(x > 2 for x in [1, 3]), all(x for x in [1, 0]))
print(sum([1, 2, 3], 10), sum([[1], [2]], []), sum([0.5, 0.25]))
print(divmod(17, 5), divmod(-17, 5), abs(-3.5), round(7.123, 1))
print(isinstance(3, (int, str)), isinstance(True, int), type(3) is int)
print(getattr(names, "count")("a"), getattr(3, "missing", "dflt"), hasattr("", "upper"))
print(list(reversed(range(4))), list(range(10, 0, -3)), len(range(0, 100, 7)))
print(chr(65), ord("z"), ascii("é"), repr("q"), callable(len), callable(3))
print(sorted("hello"), min(3, 1, 2), max("a", "B"))
