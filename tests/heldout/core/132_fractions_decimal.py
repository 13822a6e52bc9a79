from fractions import Fraction
from decimal import Decimal, getcontext
a = Fraction(1, 3)
b = Fraction(1, 6)
print(a + b, a * b, a / b, a - b, a ** 2)
print(Fraction("0.75"), Fraction(0.5), Fraction(6, 4), float(Fraction(1, 8)))
print(Fraction(1, 3) == Fraction(2, 6), Fraction(1, 2) < 0.6, Fraction(7, 2).limit_denominator(1))
print(Decimal("0.1") + Decimal("0.2"), Decimal("1.10") * 3, Decimal(1) / Decimal(7))
print(Decimal("2.675").quantize(Decimal("0.01")), Decimal("-0"), Decimal("1e3") + 1)
getcontext().prec = 5
print(Decimal(1) / Decimal(3))
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
