# mixed numeric types and conversions
from fractions import Fraction
from decimal import Decimal, getcontext
print(1 + 2.0, type(1 + 2.0).__name__, 3 * True, type(1 + 1j).__name__)
print(7 / 2, 7 // 2, -7 / 2, -7 // 2, 7 % -3, 2 ** -1, (-8) ** (1 / 3) == (-8) ** (1 / 3))
print(Fraction(3, 4) + Fraction(1, 4), Fraction(1, 3) * 3, Fraction('2/6'), Fraction(0.5))
f = Fraction(22, 7)
print(f, f.numerator, f.denominator, float(f), round(f, 2), int(f), f.limit_denominator(5))
print(Fraction(1, 3) + 1, Fraction(1, 2) + 0.5, Fraction(1, 3) < 0.34)
print(Decimal('0.1') + Decimal('0.2'), Decimal('1.10') * 3, Decimal(1) / Decimal(7))
getcontext().prec = 6
print(Decimal(1) / Decimal(7), Decimal('123.456789') + 0)
getcontext().prec = 28
print(Decimal('2').sqrt(), Decimal('1.005').quantize(Decimal('0.01')), Decimal('-0'), Decimal('1e3').normalize())
print(Decimal('3.14159').quantize(Decimal('0.001')), str(Decimal('1.50')), repr(Decimal('7')))
from decimal import ROUND_HALF_UP
print(Decimal('2.5').quantize(Decimal('1'), rounding=ROUND_HALF_UP), Decimal('2.5').quantize(Decimal('1')))
try:
    Decimal('1') + 1.0
except TypeError as e:
    print(type(e).__name__, e)
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(int('42') + float('0.5'), float(Fraction(1, 8)), Decimal(0.5), Decimal(10) ** -2)
print(sorted([Fraction(1, 2), 0.3, Decimal('0.4'), 1]))
import numbers
print(isinstance(5, numbers.Integral), isinstance(0.5, numbers.Real), isinstance(Fraction(1, 2), numbers.Rational), isinstance(1j, numbers.Real))
print(round(Fraction(5, 2)), round(Fraction(7, 2)), round(Decimal('2.675'), 2), round(0.5), round(1.5))
