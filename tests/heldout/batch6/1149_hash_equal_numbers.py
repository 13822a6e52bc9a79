from fractions import Fraction
from decimal import Decimal

print(1 == 1.0 == 1 + 0j == True == Fraction(1) == Decimal(1))
print(hash(1) == hash(1.0) == hash(1 + 0j) == hash(True) == hash(Fraction(1, 1)) == hash(Decimal("1.0")))
print(hash(0.5) == hash(Fraction(1, 2)), hash(2.5) == hash(Decimal("2.5")), hash(-3) == hash(-3.0))
print(hash(2 ** 70) == hash(float(2 ** 70)), hash(0) == hash(0.0) == hash(-0.0) == hash(False))
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
s = {1, 1.0, True, 2, 2.0, Fraction(4, 2)}
print(sorted(s), len(s))
print({0, 0.0, False, -0.0}, {1.5, Fraction(3, 2)} == {1.5})
counts = {}
for v in [1, 1.0, 2, 2.0, 2 + 0j, 3]:
    counts[v] = counts.get(v, 0) + 1
print(counts)
print(hash("abc") == hash("ab" + "c"), hash((1, "a")) == hash((1.0, "a")), hash(frozenset([1, 2])) == hash(frozenset([2.0, 1.0])))
print(hash(b"x") == hash(b"x"), (1, 2) in {(1.0, 2.0)}, "a" in {"a": 1}.keys())
nan = float("nan")
print(nan in [nan], nan == nan, [nan] == [nan], {nan: 1}.get(nan), float("nan") in {nan})


class Key:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        return isinstance(other, Key) and self.name.lower() == other.name.lower()

    def __hash__(self):
        return hash(self.name.lower())


registry = {Key("Alpha"): 1}
print(registry.get(Key("ALPHA")), Key("beta") in registry, len({Key("a"), Key("A"), Key("b")}))


class EqOnly:
    def __eq__(self, other):
        return True


print(EqOnly.__hash__ is None)
try:
    {EqOnly()}
except TypeError as e:
    print("TypeError:", e)


class Inherit(Key):
    pass


print(Inherit("x") == Key("X"), hash(Inherit("x")) == hash(Key("X")))
print(isinstance(hash(3.7), int), hash(-1) == hash(-1.0), hash(10 ** 30) == hash(float(10 ** 30)) == (10 ** 30 == float(10 ** 30)))
