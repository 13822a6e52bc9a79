import functools


class Dataset:
    def __init__(self, values):
        self.values = list(values)
        self.computations = 0

    @functools.cached_property
    def stats(self):
        self.computations += 1
        n = len(self.values)
        mean = sum(self.values) / n
        return {"n": n, "mean": mean, "max": max(self.values)}


ds = Dataset([4, 8, 15, 16, 23, 42])
print(ds.stats, ds.computations)
print(ds.stats["mean"], ds.computations)
ds.values.append(100)
print(ds.stats["n"], "stale cache")
del ds.stats
print(ds.stats["n"], ds.computations)
print("stats" in vars(ds))


def compare_versions(a, b):
    pa = [int(x) for x in a.split(".")]
    pb = [int(x) for x in b.split(".")]
    return (pa > pb) - (pa < pb)


versions = ["1.10", "1.2", "1.2.1", "0.9", "1.2.0", "2"]
print(sorted(versions, key=functools.cmp_to_key(compare_versions)))
print(sorted(versions, key=functools.cmp_to_key(compare_versions), reverse=True))


def by_length_then_reverse_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a < b) - (a > b)


words = ["pear", "fig", "apple", "kiwi", "date", "plum"]
print(sorted(words, key=functools.cmp_to_key(by_length_then_reverse_alpha)))
K = functools.cmp_to_key(compare_versions)
print(K("1.0") < K("1.1"), K("2.0") == K("2.0"), max(versions, key=K))


class Circle:
    def __init__(self, r):
        self.r = r

    @functools.cached_property
    def area(self):
        print("  computing area")
        return round(3.14159 * self.r ** 2, 3)


c = Circle(2)
print(c.area)
print(c.area)
c.area = 0
print(c.area)
print(type(Circle.area).__name__)
