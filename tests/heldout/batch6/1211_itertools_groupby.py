from itertools import groupby, count, islice
import itertools

data = "aaabbbcccaad"
print([(k, len(list(g))) for k, g in groupby(data)])
print(["".join(g) for _, g in groupby(data)])
records = [
    {"city": "Oslo", "temp": 3}, {"city": "Oslo", "temp": 5},
    {"city": "Rome", "temp": 18}, {"city": "Lima", "temp": 20}, {"city": "Rome", "temp": 16},
]
by_city = sorted(records, key=lambda r: r["city"])
for city, group in groupby(by_city, key=lambda r: r["city"]):
    temps = [r["temp"] for r in group]
    print(city, temps, sum(temps) / len(temps))
unsorted_groups = [(k, list(g)) for k, g in groupby([1, 1, 2, 1, 1])]
print(unsorted_groups)
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
print({k: list(g) for k, g in groupby(sorted(words), key=lambda w: w[0])})
print([(k, list(g)) for k, g in groupby(range(10), key=lambda n: n // 3)])
nums = [1, 2, 3, 5, 6, 8, 9, 10, 12]
runs = []
for _, g in groupby(enumerate(nums), key=lambda p: p[1] - p[0]):
    run = [v for _, v in g]
    runs.append(f"{run[0]}-{run[-1]}" if len(run) > 1 else str(run[0]))
print(",".join(runs))


def chunked(iterable, n):
    itr = iter(iterable)
    while chunk := list(islice(itr, n)):
        yield chunk


print(list(chunked(range(10), 4)), list(chunked([], 3)))
counter = count(1)
print([(next(counter), w) for w in ["x", "y", "z"]])
g = groupby("aabb")
k1, g1 = next(g)
k2, g2 = next(g)
print(k1, list(g1), k2, list(g2))
rle = "".join(f"{len(list(g))}{k}" for k, g in groupby("WWWWBBBWWC"))
print(rle)
print([k for k, _ in groupby(sorted("mississippi"))])
print(list(itertools.chain.from_iterable(itertools.repeat(c, 2) for c in "abc")))
