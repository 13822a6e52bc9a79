from fractions import Fraction
import math
def egyptian(fr):
    out = []
    while fr.numerator:
        d = math.ceil(fr.denominator / fr.numerator)
        out.append(Fraction(1, d))
        fr -= Fraction(1, d)
    return out
print([str(x) for x in egyptian(Fraction(4, 13))], [str(x) for x in egyptian(Fraction(5, 6))])
def continued(fr):
    out = []
    while True:
        q = fr.numerator // fr.denominator
        out.append(q)
        fr -= q
        if fr == 0:
            return out
        fr = 1 / fr
print(continued(Fraction(415, 93)), continued(Fraction(3, 1)))
def convergent(cf):
    fr = Fraction(cf[-1])
    for a in reversed(cf[:-1]):
        fr = a + 1 / fr
    return fr
print(convergent([1, 2, 2, 2, 2, 2, 2]), convergent([3, 7, 15, 1]))
h = sum(Fraction(1, k * (k + 1)) for k in range(1, 50))
print(h, Fraction(2, 3) ** -2, Fraction(-7, 3) // 1, Fraction(-7, 3) % 1)
print(sorted([Fraction(1, 3), 0.3, Fraction(2, 7), 1]))
