import itertools as it
import operator

sales = [("2024-01", "north", 100), ("2024-01", "south", 80), ("2024-02", "north", 120),
         ("2024-02", "south", 60), ("2024-02", "east", 40), ("2024-03", "north", 90)]
for month, group in it.groupby(sales, key=lambda r: r[0]):
    g = list(group)
    print(month, len(g), sum(r[2] for r in g))
print([(k, len(list(g))) for k, g in it.groupby("aaabccddddaa")])
print(["".join(g) for _, g in it.groupby(sorted("mississippi"))])
print(list(it.accumulate([3, 1, 4, 1, 5])), list(it.accumulate([3, 1, 4, 1, 5], max)))
print(list(it.accumulate([1, 2, 3, 4], operator.mul)), list(it.accumulate([10, -3, 5], initial=100)))
print(list(it.takewhile(lambda x: x < 5, [1, 3, 6, 2])), list(it.dropwhile(lambda x: x < 5, [1, 3, 6, 2])))
print(list(it.chain([1, 2], "ab", (3,))), list(it.chain.from_iterable([[1], [2, 3], []])))
print(list(it.islice(it.count(10, 5), 4)), list(it.islice(it.cycle("xyz"), 7)), list(it.repeat("r", 3)))
print(list(it.islice(range(100), 10, 20, 3)), list(it.islice("abcdef", 2)))
print(list(it.pairwise([1, 4, 9, 16])), [b - a for a, b in it.pairwise([1, 4, 9, 16])])
print(list(it.starmap(pow, [(2, 3), (3, 2), (10, 0)])), list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])))
print(list(it.filterfalse(str.isdigit, "a1b2c3")), list(it.zip_longest("abc", [1], fillvalue="-")))
a, b = it.tee(iter([1, 2, 3]))
print(list(a), list(b))
balance = list(it.accumulate([("dep", 100), ("wd", 30), ("dep", 50), ("wd", 200)],
                             lambda bal, tx: bal + tx[1] if tx[0] == "dep" else bal - tx[1], initial=0))
print(balance)
runs = [(k, len(list(g))) for k, g in it.groupby([1, 1, 0, 0, 0, 1, 1, 1, 1, 0])]
print(runs, max(n for k, n in runs if k == 1))
