from fractions import Fraction
from decimal import Decimal
try:
    Decimal("1.5") + 1.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    Fraction(1, 2) + Decimal("0.5")
except TypeError as e:
    print(type(e).__name__)
print(Decimal("1.5") + 2, Fraction(1, 2) * 4)
print(Decimal("0.5") == Fraction(1, 2), Decimal("0.5") == 0.5)
print(Fraction(Decimal("0.125")), Fraction.from_decimal(Decimal("2.5")), Fraction.from_float(0.5))
print(Decimal(Fraction(1, 4).numerator) / Decimal(Fraction(1, 4).denominator))
print(Fraction(10, 4) // 1, Fraction(10, 4) % 1, divmod(Fraction(7, 2), 1))
