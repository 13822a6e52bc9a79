rows = [("2024-01-05", "buy", "AAPL", 10, 150.0), ("2024-01-06", "sell", "AAPL", 4, 155.5),
        ("2024-01-07", "buy", "MSFT", 3, 300.0)]
positions = {}
for date, action, sym, qty, price in rows:
    sign = 1 if action == "buy" else -1
    positions[sym] = positions.get(sym, 0) + sign * qty
print(positions)

first, *middle, last = range(10)
print(first, middle, last)
head, *tail = "hello"
print(head, tail)
*init, end = [1]
print(init, end)
(a, b), c, [d, *e] = (1, 2), 3, [4, 5, 6]
print(a, b, c, d, e)
for i, (name, (x, y)) in enumerate([("p", (1, 2)), ("q", (3, 4))]):
    print(i, name, x + y)
x, y = 1, 2
x, y = y, x + y
print(x, y)
merged = [*range(3), *"ab", *(9,)]
print(merged)
cfg = {**{"a": 1, "b": 2}, "b": 20, **{"c": 3}}
print(cfg)
print(*[1, 2, 3], sep="-")
print({*"abc"} == set("cba"), (*"xy",))
try:
    p, q = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    p, q, r = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    p, *q, r = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    p, q = 5
except TypeError as e:
    print("TypeError:", e)


def stats(*nums, **opts):
    lo, *_, hi = sorted(nums)
    return lo, hi, opts


print(stats(5, 3, 9, 1, scale=2))
args = (1, 2)
kwargs = {"sep": "|", "end": "!\n"}
print(*args, **kwargs)
k, v = max({"a": 3, "b": 7}.items(), key=lambda kv: kv[1])
print(k, v)
matrix = [[1, 2], [3, 4], [5, 6]]
cols = list(zip(*matrix))
print(cols, [list(r) for r in zip(*cols)])
s = "key: value: extra"
key, sep, rest = s.partition(": ")
print(key, "|", rest)
