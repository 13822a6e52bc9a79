import itertools as it
data = "aaabbcaaa"
print([(k, len(list(g))) for k, g in it.groupby(data)])
people = [("eng", "ann"), ("ops", "bob"), ("eng", "cy"), ("ops", "dee")]
for dept, grp in it.groupby(sorted(people), key=lambda p: p[0]):
    print(dept, [n for _, n in grp])
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([3, 1, 4, 1, 5], max)))
print(list(it.accumulate([1, 2, 3], lambda a, b: a * b, initial=10)))
print(list(it.chain([1, 2], (3,), "ab")), list(it.chain.from_iterable([[1], [2, 3]])))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(it.filterfalse(str.isdigit, "a1b2")))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.zip_longest("abc", [1], fillvalue="-")))
a, b = it.tee([1, 2, 3])
print(list(a), list(b), list(it.pairwise("abcd")))
