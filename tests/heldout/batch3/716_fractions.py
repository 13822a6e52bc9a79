from fractions import Fraction
a = Fraction(1, 3)
b = Fraction(1, 6)
print(a + b, a - b, a * b, a / b, a ** 2, -a)
print(Fraction(6, 8), Fraction("3/4"), Fraction("0.125"), Fraction(0.5), Fraction(2))
print(a.numerator, a.denominator, float(a) == 1 / 3, int(Fraction(7, 2)))
print(sum([Fraction(1, n) for n in range(1, 5)]))
print(Fraction(0.1), Fraction(0.1).limit_denominator(100))
print(Fraction(3, 4) < Fraction(4, 5), Fraction(1, 2) == 0.5, round(Fraction(7, 3), 2))
print(repr(Fraction(-4, 6)), str(Fraction(10, 5)))
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
