import itertools as it
print(list(it.zip_longest("abc", [1, 2])))
print(list(it.zip_longest("ab", "wxyz", fillvalue="-")))
print(list(it.starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(it.starmap(lambda a, b: a + b, zip("abc", "xyz"))))
print(list(it.compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(it.filterfalse(lambda x: x % 2, range(10))))
a, b = it.tee([1, 2, 3])
print(list(a), list(b))
