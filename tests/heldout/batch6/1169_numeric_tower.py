from fractions import Fraction
from decimal import Decimal
import numbers

print(type(1 + 2.0).__name__, type(1 + 2j).__name__, type(True + 1).__name__, type(Fraction(1, 2) + 1).__name__)
print(type(Fraction(1, 2) + 0.5).__name__, type(2 ** -1).__name__, type(4 / 2).__name__, type(4 // 2).__name__)
print(1 == 1.0, 1 < 1.5, 2 ** 53 + 1 > 2 ** 53, float(2 ** 53 + 1) == 2 ** 53, Fraction(1, 3) < 0.34)
print(isinstance(1, numbers.Integral), isinstance(1.0, numbers.Real), isinstance(1j, numbers.Complex))
print(isinstance(True, numbers.Number), isinstance(Fraction(1), numbers.Rational), isinstance(Decimal(1), numbers.Real))
print(Fraction(3, 4) + Fraction(1, 4), Fraction(1, 3) * 3, Fraction("0.125"), Fraction(0.5), Fraction(6, -4))
print(Fraction(7, 3).numerator, Fraction(7, 3).denominator, float(Fraction(1, 8)), round(Fraction(7, 2)), int(Fraction(-7, 2)))
print(Fraction(1, 10) + Fraction(2, 10) == Fraction(3, 10), Fraction(1, 3).limit_denominator(10), Fraction(355, 113) - Fraction(22, 7))
print(Decimal("0.1") + Decimal("0.2"), Decimal("1.10") * 3, Decimal(10) / Decimal(4), Decimal("2.50").quantize(Decimal("0.1")))
print(Decimal("1.23456").quantize(Decimal("0.01")), Decimal("-0"), Decimal("3.0") == 3, Decimal("1e2") + 1)
try:
    Decimal("1.1") + 1.1
except TypeError as e:
    print("TypeError:", e)
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(True + True + True, True * 3.5, -True, ~True, True / 2, True // 2, False ** 0)
print(max(1, 1.0), max(1.0, 1), min(True, 1), sorted([2, 1.5, True, Fraction(5, 4)]))
print(3 * 0.1 == 0.3, abs(3 * 0.1 - 0.3) < 1e-12, 0.1 * 3, Fraction(3) * Fraction(1, 10))
print((7).__truediv__(2), (7.0).__floordiv__(2), (2).__rpow__(10), int.__add__(1, 2))
print(int(Decimal("7.9")), float(Decimal("0.1")), complex(Fraction(1, 2)), Fraction(Decimal("0.75")))
print(sum([Fraction(1, n) for n in range(1, 5)]), sum([Decimal("0.1")] * 3))
print(pow(Fraction(2, 3), 2), pow(Fraction(4, 9), Fraction(1, 2)), Fraction(2, 3) ** -2)
print(divmod(Fraction(7, 2), 1), Fraction(7, 2) % 1, Fraction(-7, 2) // 1)
print(hash(Fraction(1, 2)) == hash(0.5), Fraction(1, 2) in {0.5}, Decimal("0.5") == 0.5, Decimal("0.1") == 0.1)
