import itertools as it
print(list(it.permutations("abc", 2)))
print(len(list(it.permutations(range(5)))))
print(list(it.combinations([1, 2, 3, 4], 3)))
print(list(it.combinations_with_replacement("ab", 2)))
print(list(it.product([0, 1], repeat=3)))
print(["".join(p) for p in it.product("xy", "12")])
coins = [1, 5, 10, 25]
print(sorted({sum(c) for r in range(1, 3) for c in it.combinations(coins, r)}))
print(sum(1 for p in it.permutations(range(4)) if all(p[i] != i for i in range(4))))
