import itertools as it

print(list(it.permutations("abc", 2)))
print(len(list(it.permutations(range(5)))), list(it.permutations([1, 2, 3]))[-1])
print(list(it.combinations("abcd", 2)))
print(list(it.combinations_with_replacement("ab", 3)))
print(list(it.product("ab", repeat=2)), len(list(it.product(range(3), range(4), range(2)))))
print(list(it.product([1, 2], "xy")))
coins = [1, 5, 10, 25]
ways = [c for r in range(1, 4) for c in it.combinations_with_replacement(coins, r) if sum(c) == 30]
print(ways)
items = [("tent", 5, 60), ("stove", 3, 40), ("food", 4, 50), ("camera", 2, 30), ("book", 1, 10)]
best = max((combo for r in range(len(items) + 1) for combo in it.combinations(items, r)
            if sum(w for _, w, _ in combo) <= 9), key=lambda c: sum(v for _, _, v in c))
print([n for n, _, _ in best], sum(v for *_, v in best))
grid = list(it.product(range(3), repeat=2))
print(grid)
dice = it.product(range(1, 7), repeat=2)
totals = {}
for a, b in dice:
    totals[a + b] = totals.get(a + b, 0) + 1
print(sorted(totals.items()))
words = ["stop", "pots", "tops", "opts", "post", "spot", "taps"]
print(sorted({"".join(p) for p in it.permutations("stop")} & set(words)))
print(list(it.combinations([], 0)), list(it.combinations([1], 2)), list(it.permutations([])))
print(sum(1 for _ in it.combinations(range(10), 3)), list(it.islice(it.permutations("abcd"), 3)))
