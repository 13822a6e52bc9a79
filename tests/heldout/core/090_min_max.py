print(min(3, 1, 2), max([3, 1, 2]), max("hello"), min("b", "a", "c"))
print(max(["aa", "b", "cccc"], key=len), min(["aa", "b", "cccc"], key=len))
print(max([], default="none"), min((), default=0))
print(max([1, 3, 3], key=lambda x: x), max([(1, "a"), (1, "b")]))
print(max([-5, 2, -7], key=abs), min({"x": 3, "y": 1}, key={"x": 3, "y": 1}.get))
print(max(["ab", "cd", "ef"], key=len))
try:
    max([])
except ValueError as e:
    print(type(e).__name__, e)
try:
    min(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print(type(e).__name__, e)
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 10), sum([[1], [2]], []))
