class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))

    def __repr__(self):
        return "Version(%r)" % ".".join(map(str, self.parts))

    def _cmp(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        a, b = self.parts, other.parts
        n = max(len(a), len(b))
        a = a + (0,) * (n - len(a))
        b = b + (0,) * (n - len(b))
        return (a > b) - (a < b)

    def __eq__(self, o):
        r = self._cmp(o)
        return r if r is NotImplemented else r == 0

    def __lt__(self, o):
        r = self._cmp(o)
        return r if r is NotImplemented else r < 0

    def __le__(self, o):
        r = self._cmp(o)
        return r if r is NotImplemented else r <= 0

    def __gt__(self, o):
        r = self._cmp(o)
        return r if r is NotImplemented else r > 0

    def __ge__(self, o):
        r = self._cmp(o)
        return r if r is NotImplemented else r >= 0

    __hash__ = None


vs = [Version(s) for s in ["1.10", "1.2", "1.2.0", "0.9.9", "2", "1.2.1"]]
print(sorted(vs))
print(max(vs), min(vs))
print(Version("1.2") == Version("1.2.0"), Version("1.2") != Version("1.3"))
print(Version("1.2") < Version("1.10"), Version("2.0") >= Version("2"))
print(Version("1") == "1")
try:
    Version("1") < "1"
except TypeError as e:
    print("TypeError:", e)
try:
    hash(Version("1"))
except TypeError as e:
    print("TypeError:", e)


class OnlyLt:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print(f"  lt({self.v}, {other.v})")
        return self.v < other.v


print(OnlyLt(5) > OnlyLt(3))
print(sorted([OnlyLt(2), OnlyLt(1)], key=lambda o: o)[0].v)


class Weird:
    def __eq__(self, other):
        return "yes"


print(Weird() == 1, Weird() != 1)
print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0 == True)
print([1, 2] < [1, 2, 0], (1, "a") < (1, "b"), "abc" < "abd", "Z" < "a")
