import itertools as it
data = "aaabbcaaadd"
print([(k, len(list(g))) for k, g in it.groupby(data)])
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
for k, g in it.groupby(sorted(words), key=lambda w: w[0]):
    print(k, list(g))
nums = [1, 3, 5, 2, 4, 7, 9, 6]
print([(k, list(g)) for k, g in it.groupby(nums, key=lambda n: n % 2 == 0)])
print(list(it.groupby([])))
