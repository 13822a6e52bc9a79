from functools import total_ordering
@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))
a, b = Version("1.2.10"), Version("1.10.0")
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
vs = [Version(s) for s in ["2.0", "1.0.1", "1.0", "1.10", "1.9"]]
print(sorted(vs))
print(max(vs), min(vs))
