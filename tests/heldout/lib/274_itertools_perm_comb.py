import itertools as it
print(list(it.permutations([1, 2, 3])))
print(list(it.permutations("abc", 2)))
print(list(it.combinations("abcd", 2)))
print(list(it.combinations(range(5), 3))[:4])
print(list(it.combinations_with_replacement("ab", 3)))
print(len(list(it.permutations(range(6)))))
print(list(it.combinations([1, 2], 3)))
