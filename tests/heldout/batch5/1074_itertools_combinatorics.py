# itertools: product, permutations, combinations
from itertools import product, permutations, combinations, combinations_with_replacement
print(list(product("ab", [0, 1])))
print(list(product([1, 2], repeat=2)))
print(len(list(product(range(3), repeat=3))), list(product()))
print(["".join(p) for p in permutations("abc")])
print(list(permutations(range(3), 2)), len(list(permutations(range(5)))))
print(list(combinations("abcd", 2)), list(combinations(range(4), 3)))
print(list(combinations([1, 2], 3)), list(combinations([], 0)))
print(list(combinations_with_replacement("ab", 2)), len(list(combinations_with_replacement(range(4), 3))))
coins = [1, 5, 10, 25]
hits = [c for r in range(1, 4) for c in combinations_with_replacement(coins, r) if sum(c) == 30]
print(hits)
grid = [(x, y) for x, y in product(range(3), range(3)) if x != y]
print(grid)
def subset_sums(nums, target):
    return [c for r in range(len(nums) + 1) for c in combinations(nums, r) if sum(c) == target]
print(subset_sums([3, 34, 4, 12, 5, 2], 9))
word = "stop"
anagrams = sorted({"".join(p) for p in permutations(word)})
print(len(anagrams), anagrams[:6])
bits = ["".join(b) for b in product("01", repeat=3)]
print(bits)
try:
    list(permutations("ab", -1))
except ValueError as e:
    print(type(e).__name__, e)
print(list(permutations("ab", 3)), list(product("ab", repeat=0)))
