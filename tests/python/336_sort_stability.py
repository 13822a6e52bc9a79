# list.sort: stability, key, reverse, and sorting records by several keys.
records = [("bob", 25, "NY"), ("ann", 30, "LA"), ("cat", 25, "LA"), ("dan", 30, "NY"), ("eve", 25, "NY")]
by_age = sorted(records, key=lambda r: r[1])
print([r[0] for r in by_age])
by_age_desc = sorted(records, key=lambda r: r[1], reverse=True)
print([r[0] for r in by_age_desc])
multi = sorted(records, key=lambda r: (r[2], -r[1], r[0]))
print([r[0] for r in multi])
two_pass = sorted(records, key=lambda r: r[0], reverse=True)
two_pass.sort(key=lambda r: r[2])
print([r[0] for r in two_pass])
nums = [3, -1, 4, -1, 5, -9, 2, 6]
nums.sort(key=abs)
print(nums)
nums.sort(reverse=True)
print(nums)
words = ["bb", "a", "ccc", "dd", "e"]
words.sort(key=len, reverse=True)
print(words)
mixed = [3.5, 1, 2.25, True, 0]
mixed.sort()
print(mixed)
empty = []
empty.sort()
print(empty, sorted([]), sorted([[2, 1], [1, 2], [1]]))
try:
    [1, "a", 2].sort()
except TypeError as e:
    print("TypeError:", e)
try:
    [3, 1].sort(lambda x: x)
except TypeError as e:
    print("TypeError:", e)
