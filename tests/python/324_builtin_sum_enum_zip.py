# sum with start, enumerate(start=), zip, map/filter combinations.
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 10), sum([[1], [2]], []), sum(range(101)))
print(sum([1.5, 2.5], start=1), sum((x * x for x in range(4))), sum([True, True, False]))
print(list(enumerate("abc", start=1)), list(enumerate([], 5)), list(enumerate("xy", -1)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip(range(3), range(10, 13), "xyz")))
names, ages = zip(*[("ann", 30), ("bob", 25)])
print(names, ages)
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(filter(lambda x: x % 2, range(7))))
print(dict(zip("abc", range(3))), list(map(str.upper, ["a", "b"])), list(filter(None, [0, "", "x", [], [0]])))
try:
    sum(["a", "b"])
except TypeError as e:
    print("TypeError:", e)
try:
    sum([1], "")
except TypeError as e:
    print("TypeError:", e)
