from fractions import Fraction
from decimal import Decimal
print(Fraction("3/4"), Fraction(" -1.25 "), Fraction("1e-3"))
print(Fraction(0.1))
print(Fraction(0.1).limit_denominator(100))
print(Fraction(3.14159).limit_denominator(1000))
print(Fraction(Decimal("1.1")))
print(float(Fraction(1, 8)), int(Fraction(7, 2)), round(Fraction(7, 2)), round(Fraction(5, 2)))
print(Fraction(1, 3).as_integer_ratio(), (0.75).as_integer_ratio())
print(round(Fraction(22, 7), 2))
import math
print(math.floor(Fraction(-7, 2)), math.ceil(Fraction(-7, 2)))
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    Fraction("abc")
except ValueError as e:
    print(type(e).__name__, e)
