nums = [1, 2, 3, 4, 5, 6]
print(list(map(lambda n: n * n, nums)), list(map(str, nums)), list(map(pow, [2, 3], [3, 2])))
print(list(filter(lambda n: n % 2, nums)), list(filter(None, [0, 1, "", "a", None, [], [0]])))
print(list(zip("abc", [1, 2, 3], (True, False, None))), list(zip("abcd", range(2))), list(zip()))
try:
    list(zip("abc", [1, 2], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(zip([1, 2], "ab", strict=True)))
names = ["ann", "bob", "cid"]
scores = [88, 92, 75]
print(dict(zip(names, scores)), max(zip(scores, names)), sorted(zip(scores, names))[0][1])
pairs = [(1, "one"), (2, "two")]
nums2, words = zip(*pairs)
print(nums2, words)
print(list(enumerate(names)), list(enumerate(names, start=1)), dict(enumerate("xy")))
print(list(map(lambda a, b, c: a + b + c, [1, 2], [10, 20], [100, 200, 300])))
m = map(int, ["1", "2", "x"])
print(next(m), next(m))
try:
    next(m)
except ValueError as e:
    print("ValueError:", e)
print(type(map(str, [])).__name__, type(filter(None, [])).__name__, type(zip()).__name__, type(enumerate([])).__name__)
print(list(map(str.strip, [" a ", "b  "])), list(map(len, ["", "ab", "abc"])))
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(map(list, zip(*matrix))), list(map(sum, matrix)), list(map(max, *matrix)))
evens = filter(lambda x: x % 2 == 0, range(10))
squares = map(lambda x: x * x, evens)
print(list(squares), list(squares))
for i, (n, s) in enumerate(zip(names, scores)):
    print(f"{i}: {n:<4}{s:>4}")
words = "The quick brown fox".split()
print(list(map(str.lower, filter(lambda w: len(w) > 3, words))))
from itertools import zip_longest
print(list(zip_longest("ab", "wxyz", fillvalue="-")))
print(list(filter(str.isdigit, "a1b2c3")), "".join(filter(str.isalpha, "h3ll0 w0rld")))
