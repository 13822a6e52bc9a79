from fractions import Fraction
from decimal import Decimal

nums = [1, 1.0, True, Fraction(1, 1), Decimal("1.0"), 1 + 0j]
print([n == 1 for n in nums])
print(len({hash(n) for n in nums}), all(hash(n) == hash(1) for n in nums))
print(hash(0) == hash(0.0) == hash(False) == hash(-0.0), hash(2.5) == hash(Fraction(5, 2)))
d = {}
for n in nums:
    d[n] = type(n).__name__
print(d, len(d))
d2 = {1: "int"}
d2[1.0] = "float"
d2[True] = "bool"
print(d2, list(d2.keys())[0], type(list(d2)[0]).__name__)
print(len({1, 1.0, True, 2, 2.0, 3 + 0j, 3}), sorted({0.5, Fraction(1, 2), 1}))
counts = {}
for v in [1, 2.0, 1.0, True, 2, 3.5, Fraction(7, 2), 0, False, 0.0]:
    counts[v] = counts.get(v, 0) + 1
print(counts)
print(hash(10 ** 20) == hash(float(10 ** 20)), 10 ** 20 == float(10 ** 20))
print(2 ** 53 + 1 == float(2 ** 53 + 1), {2 ** 53 + 1: "a"}.get(float(2 ** 53 + 1), "missing"))
print(hash(-1) == hash(-1.0), hash(("a", 1)) == hash(("a", 1.0)), ("a", 1) == ("a", 1.0))
print(frozenset([1, 2]) == frozenset([2.0, 1.0]), hash(frozenset([1, 2])) == hash(frozenset([2.0, 1.0])))
print(Fraction(1, 3) == 1 / 3, Decimal("0.1") == 0.1, Fraction(1, 4) == 0.25, Decimal("0.25") == 0.25)
print(0.1 + 0.2 == 0.3, Fraction(1, 10) + Fraction(2, 10) == Fraction(3, 10), Decimal("0.1") + Decimal("0.2") == Decimal("0.3"))


class Key:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        return isinstance(other, Key) and self.name.lower() == other.name.lower()

    def __hash__(self):
        return hash(self.name.lower())


reg = {Key("Alice"): 1}
print(reg.get(Key("ALICE")), Key("bob") in {Key("BOB")}, len({Key("x"), Key("X"), Key("y")}))


class NoHash:
    def __eq__(self, other):
        return True


try:
    hash(NoHash())
except TypeError as e:
    print("TypeError:", e)
print(NoHash.__hash__ is None, [] == [], hash(None) == hash(None))
