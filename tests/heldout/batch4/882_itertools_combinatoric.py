# itertools: infinite and combinatoric iterators
import itertools as it
print(list(it.islice(it.count(10, 5), 4)), list(it.islice(it.count(1.5, 0.5), 3)))
print(list(it.islice(it.cycle('ab'), 5)), list(it.repeat('x', 3)), list(zip(range(3), it.repeat(0))))
print(list(it.product('ab', [1, 2])))
print(len(list(it.product(range(3), repeat=3))), list(it.product('01', repeat=2)))
print(list(it.permutations('abc', 2)))
print(len(list(it.permutations(range(5)))), list(it.permutations([1, 2])))
print(list(it.combinations('abcd', 2)))
print(list(it.combinations_with_replacement('ab', 3)))
print(list(it.combinations(range(4), 0)), list(it.combinations(range(2), 3)))
coins = [1, 2, 5]
ways = [c for r in range(1, 4) for c in it.combinations_with_replacement(coins, r) if sum(c) == 5]
print(ways)
print(list(it.islice('abcdefg', 2, None, 2)), list(it.islice(range(100), 3)), list(it.islice('abc', 1, 2)))
print(list(it.compress('abcdef', [1, 0, 1, 0, 1, 1])))
print(list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(it.filterfalse(lambda x: x % 2, range(8))))
