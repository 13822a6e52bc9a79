names = ["ann", "ben", "cy"]
scores = [88, 92, 75]
for rank, (n, s) in enumerate(sorted(zip(names, scores), key=lambda p: -p[1]), 1):
    print(f"{rank}. {n:<4}{s}")
table = dict(zip(names, scores))
print(table)
pairs = list(zip(range(5), range(5)[1:]))
print(pairs, [b - a for a, b in zip(scores, scores[1:])])
cols = list(zip(*[[1, 2, 3], [4, 5, 6], [7, 8, 9]]))
print(cols)
for i, ch in enumerate("abc"):
    if i == 1:
        continue
    print(i, ch)
idx = [i for i, v in enumerate([3, 1, 3, 2, 3]) if v == 3]
print(idx)
