import itertools
import operator

sales = [
    ("2024-01", "north", 120), ("2024-01", "south", 80), ("2024-02", "north", 150),
    ("2024-02", "south", 95), ("2024-03", "north", 90), ("2024-03", "south", 130),
]
by_month = {m: sum(v for _, _, v in g) for m, g in itertools.groupby(sales, key=operator.itemgetter(0))}
print(by_month)
running = list(itertools.accumulate(by_month.values()))
print(running)
by_region = itertools.groupby(sorted(sales, key=operator.itemgetter(1)), key=operator.itemgetter(1))
print({r: [v for _, _, v in g] for r, g in by_region})
best = max(sales, key=operator.itemgetter(2))
print(best)
pairs = list(itertools.pairwise(by_month.values()))
print([b - a for a, b in pairs])
ids = itertools.count(1000)
labeled = [(next(ids), m, r) for m, r, _ in sales[:3]]
print(labeled)
rr = itertools.cycle(["alice", "bob"])
assign = {m + "/" + r: next(rr) for m, r, _ in sales}
print(assign)
big = list(itertools.filterfalse(lambda s: s[2] < 100, sales))
print(big)
print(list(itertools.islice(itertools.chain.from_iterable((r, v) for _, r, v in sales), 5)))
matrix = [[1, 2], [3, 4], [5, 6]]
print(list(itertools.chain(*matrix)), list(itertools.starmap(operator.mul, matrix)))
combos = [c for c in itertools.combinations(sorted({r for _, r, _ in sales}), 2)]
print(combos)
print(list(itertools.zip_longest([1, 2, 3], "ab", fillvalue=0)))
