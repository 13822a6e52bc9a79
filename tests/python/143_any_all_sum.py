# any/all short-circuit, sum with start, and sum's errors.
def noisy(v):
    print("check", v)
    return v
print(any(noisy(x) for x in [0, 2, 3]), all(noisy(x) for x in [1, 0, 5]))
print(any([]), all([]), any([None, ""]), all(["x", 1]), any(iter([0, 0.0, 0])))
print(sum([1, 2, 3], 10), sum([[1], [2]], [0]), sum((0.1,) * 10), sum([], 5), sum(range(5), start=100))
print(sum([1.5, 2, True]), sum(x * x for x in range(4)))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    sum([1, "a"])
except TypeError as e:
    print("TypeError:", e)
