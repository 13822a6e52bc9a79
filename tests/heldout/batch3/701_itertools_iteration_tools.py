import itertools as it
print(list(it.islice(it.count(10, 5), 4)))
print(list(it.islice(it.cycle("ab"), 5)), list(it.repeat("z", 3)))
print(list(it.chain([1, 2], (3,), "ab")), list(it.chain.from_iterable([[1], [2, 3]])))
for key, grp in it.groupby("aaabccdd"):
    print(key, len(list(grp)))
data = sorted(["apple", "avocado", "bean", "beet", "corn"], key=lambda w: w[0])
print({k: list(g) for k, g in it.groupby(data, key=lambda w: w[0])})
print(list(it.takewhile(lambda x: x < 4, [1, 3, 5, 2])), list(it.dropwhile(lambda x: x < 4, [1, 3, 5, 2])))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(it.filterfalse(str.isdigit, "a1b2")))
print(list(it.zip_longest("abc", [1], fillvalue="-")), list(it.starmap(pow, [(2, 3), (3, 2)])))
a, b = it.tee([1, 2, 3])
print(list(a), list(b), list(it.pairwise("abcd")))
