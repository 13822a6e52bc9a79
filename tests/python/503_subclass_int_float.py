# int and float subclasses: arithmetic gives plain numbers, indexing,
# conversions, formatting, overridden operators and reprs.
class I(int):
    def double(self):
        return self * 2


i = I(21)
print(i, i.double(), i + 1, 1 + i, -i, I("7"), I("ff", 16), isinstance(i, int), f"{i:05d}", [0, 1, 2][I(1)])
print(hash(i) == hash(21), type(i + 1).__name__, i // 2, i % 5, i ** 2, 2 ** I(3), ~I(3), abs(I(-3)), divmod(I(7), 2))
print(int(i), type(int(i)).__name__, float(i), str(i), repr(i), round(I(7)), range(I(3)), [1, 2, 3][I(0):I(2)])
print("%d %s %x" % (I(2), I(3), I(255)), "{:>4}".format(I(9)), I(5).bit_length(), I(2) == 2.0, {I(1): 1}[1], {1: "x"}[I(1)])
print(bool(I(0)), bool(I(2)), max(I(2), I(5)), sorted([I(3), 1, I(2)]), I.from_bytes(b"\x01\x00", "big"), I(1) < 2)


class Money(int):
    def __repr__(self):
        return f"${int(self)}"

    def __add__(self, o):
        return Money(int(self) + int(o))

    __radd__ = __add__


m = Money(5) + Money(7)
print(m, repr(m), [m], str(m), m * 2, m > 3, 1 + m, sum([Money(1), Money(2)]), type(sum([Money(1), Money(2)])).__name__)


class F(float):
    def __str__(self):
        return "F" + float.__repr__(self)


f = F(2.5)
print(f, [f], f + 1, F("1e3"), F(), f.is_integer(), int(F(2.7)), f < 3, f"{f:.3f}", round(f), -f, abs(F(-1.5)))
import math
print(math.sqrt(F(4.0)), math.floor(I(4)), math.isclose(F(0.1), 0.1))
try:
    I("x")
except ValueError as e:
    print(e)
try:
    I(1) + "a"
except TypeError as e:
    print(e)
try:
    F(1.0) < "a"
except TypeError as e:
    print(e)
