for i, c in enumerate("abc"):
    print(i, c)
print(list(enumerate(["x", "y"], start=10)))
print(list(zip([1, 2, 3], "ab")))
print(list(zip()), list(zip([1, 2])))
print(list(zip(*[(1, "a"), (2, "b"), (3, "c")])))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
print(dict(zip(["k1", "k2"], [1, 2])))
import itertools
print(list(itertools.zip_longest("abc", [1], fillvalue="-")))
e = enumerate("z")
print(next(e), type(e).__name__)
