# functools.total_ordering fills in the missing comparisons; cmp_to_key for sorting
import functools


@functools.total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


a, b = Version(1, 2), Version(1, 10)
print(a < b, a <= b, a > b, a >= b, a == Version(1, 2), b >= a)
print(sorted([Version(2), Version(1, 5), Version(1, 0, 1)]))
print(max(Version(0, 9), Version(0, 10)))


def by_length_then_reverse(x, y):
    if len(x) != len(y):
        return len(x) - len(y)
    return (x < y) - (x > y)


words = ["pear", "fig", "apple", "kiwi", "plum", "date"]
print(sorted(words, key=functools.cmp_to_key(by_length_then_reverse)))
K = functools.cmp_to_key(lambda a, b: a - b)
print(K(1) < K(2), K(3) == K(3), K(5) >= K(4))
try:
    @functools.total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("ValueError:", e)
