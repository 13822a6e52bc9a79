import math


def std_dev(values):
    n = len(values)
    mean = sum(values) / n
    var = sum((v - mean) ** 2 for v in values) / n
    return math.sqrt(var)


def geometric_mean(values):
    return math.exp(sum(math.log(v) for v in values) / len(values))


samples = [[2, 4, 4, 4, 5, 5, 7, 9], [1, 1, 1], [10, 100, 1000]]
for s in samples:
    print(s, round(std_dev(s), 6), round(geometric_mean(s), 6))
print("geometric mean with a zero...")
print(geometric_mean([3, 0, 5]))
