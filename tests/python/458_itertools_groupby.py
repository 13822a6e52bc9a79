# itertools.groupby: consecutive runs, key functions, abandoned groups
from itertools import groupby

print([(k, list(g)) for k, g in groupby("AAAABBBCCDAABBB")])
print([k for k, g in groupby("AAAABBBCCD")])
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
for first, group in groupby(words, key=lambda w: w[0]):
    print(first, list(group))
records = sorted([("b", 2), ("a", 1), ("b", 5), ("a", 3)])
print({k: [v for _, v in g] for k, g in groupby(records, key=lambda r: r[0])})
groups = list(groupby([1, 1, 2, 2, 2, 3]))
print([(k, list(g)) for k, g in groups])
print(list(groupby([])))
it = groupby([1, 1, 2])
k, g = next(it)
print(k, next(g))
k2, g2 = next(it)
print(k2, list(g2), list(g))
