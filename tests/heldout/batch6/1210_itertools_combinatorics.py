import itertools as it

print(list(it.permutations("abc", 2)))
print(list(it.combinations([1, 2, 3, 4], 3)))
print(list(it.combinations_with_replacement("xy", 2)))
print(list(it.product("ab", [0, 1])), len(list(it.product(range(3), repeat=3))))
print(["".join(p) for p in it.permutations("cat")])
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([1, 2, 3], initial=100)))
print(list(it.chain([1, 2], "ab", (None,))), list(it.chain.from_iterable([[1], [2, 3], []])))
print(list(it.islice(it.count(10, 5), 4)), list(it.islice(it.cycle("AB"), 5)), list(it.repeat("z", 3)))
print(list(it.islice("abcdefg", 2, None, 2)), list(it.islice(range(100), 3)))
print(list(it.compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.filterfalse(lambda x: x % 2, range(8))))
print(list(it.starmap(pow, [(2, 3), (3, 2), (10, 0)])), list(it.zip_longest("ab", "xyz")))
a, b = it.tee([1, 2, 3])
print(list(a), list(b))
print(list(it.pairwise("abcd")), list(it.pairwise([1])))
coins = [1, 2, 5]
ways = [c for n in range(1, 4) for c in it.combinations_with_replacement(coins, n) if sum(c) == 5]
print(ways)
print(sum(1 for _ in it.permutations(range(5))), len(list(it.combinations(range(10), 4))))
print(list(it.product([True, False], repeat=2)))
print(list(map(lambda t: t[0] * t[1], it.product([1, 2], [10, 100]))))
print(list(it.accumulate(["a", "b", "c"])), list(it.accumulate([1, 2, 3, 4], lambda acc, x: acc * x)))
