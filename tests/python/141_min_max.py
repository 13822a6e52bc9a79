# min() and max(): several arguments, iterables, key=, default=, ties, and
# their errors.
print(min(4, 2, 8), max(4, 2, 8), min([3, 1]), max("zebra"), min((5,)), max(range(7)))
print(max(["aa", "b", "ccc"], key=len), min(["aa", "b", "ccc"], key=len), max(1, 2, key=lambda x: -x))
print(max([], default="none"), min([], default=None), max([1, 5], default=0), min(iter([7, 3])))
print(max([(1, "b"), (1, "a")]), min(["b", "a", "c"]), max(["x", "y"], key=lambda s: 0))
print(max(1, 2.5), min(-0.0, 0), max(True, 0), min([[2], [1, 9]]))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    min()
except TypeError as e:
    print("TypeError:", e)
try:
    max(1, "a")
except TypeError as e:
    print("TypeError:", e)
try:
    min(5)
except TypeError as e:
    print("TypeError:", e)
