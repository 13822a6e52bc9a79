from fractions import Fraction as F
a, b = F(1, 3), F(1, 6)
print(a + b, a - b, a * b, a / b, a ** 2, -a, abs(-a))
print(F(6, 8), F("3/4"), F("0.125"), F(0.5), F(3), F("-2.5"))
print(F(1, 3) == F(2, 6), F(1, 2) < F(2, 3), F(1, 2) == 0.5, a.numerator, a.denominator)
print(float(F(1, 8)), int(F(7, 2)), round(F(7, 2)), round(F(5, 2)), round(F(22, 7), 2))
print(sum(F(1, n) for n in range(1, 7)))
print(F(0.1), F(0.1).limit_denominator(100), F(3.14159).limit_denominator(1000))
print(F(1, 3) + 1, 2 * F(1, 4), F(1, 2) + 0.25, str(F(5, 1)), repr(F(1, 2)))
try:
    F(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
h = F(0)
for k in range(10):
    h += F(1, 2 ** k)
print(h, 2 - h)
