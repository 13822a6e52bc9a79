# comparison dunders and total_ordering
import functools
@functools.total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __hash__(self):
        return hash(self.parts)
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9", "1.2"]]
print(sorted(vs), max(vs), min(vs))
print(Version("1.0") <= Version("1.0"), Version("2.0") > Version("1.9.9"), Version("1.0") >= Version("1.1"))
print(Version("1.0") == Version("1.0"), Version("1.0") != Version("1.0.0"), Version("1") == "1")
print(len(set(vs)), vs.count(Version("1.2")))
class Weird:
    def __eq__(self, other):
        print("Weird.__eq__ called")
        return True
print(1 == Weird(), Weird() == 1)
print(Weird() in [1, 2])
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
print(OnlyLt(1) > OnlyLt(0), OnlyLt(5) < OnlyLt(3))
try:
    OnlyLt(1) <= OnlyLt(2)
except TypeError as e:
    print(type(e).__name__, e)
class NoHash:
    def __eq__(self, o):
        return True
try:
    hash(NoHash())
except TypeError as e:
    print(type(e).__name__, e)
print(NoHash.__hash__ is None)
print((1, 2) < (1, 2, 3), [3] > [2, 9], "abc" < "abd" < "b", 1 < 2 < 3 > 2, 1 < 3 < 2)
try:
    [1] < "a"
except TypeError as e:
    print(type(e).__name__, e)
print(None == None, None is None, (None == 0), 1 == 1.0 == True)
