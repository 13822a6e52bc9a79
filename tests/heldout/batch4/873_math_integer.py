# math comb/perm/isqrt/gcd/lcm/prod/fsum
import math
print([math.comb(5, k) for k in range(6)], math.comb(50, 25), math.comb(3, 5))
print(math.perm(5), math.perm(5, 2), math.perm(10, 0), math.perm(3, 4))
print([math.isqrt(n) for n in (0, 1, 15, 16, 17, 10**20, 2**64 + 1)])
print(math.gcd(), math.gcd(-12, 8), math.gcd(2**100, 6**50), math.lcm(), math.lcm(0, 5), math.lcm(-4, 6))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 2]), math.prod(range(1, 11), start=2))
vals = [0.1] * 10
print(sum(vals), math.fsum(vals), math.fsum([1e100, 1.0, -1e100]), sum([1e100, 1.0, -1e100]))
print(math.fsum([]), math.fsum([0.5, 0.25]), math.fsum(x / 7 for x in range(7)))
print(math.factorial(0), math.factorial(25), len(str(math.factorial(100))))
def is_square(n):
    r = math.isqrt(n)
    return r * r == n
print([n for n in range(50) if is_square(n)])
print(math.floor(7 / 2), math.ceil(7 / 2), -(-7 // 2), math.trunc(-3.5), round(-3.5))
print(math.floor(3), math.ceil(3), math.trunc(True), math.floor(-0.0))
from fractions import Fraction
print(math.floor(Fraction(7, 2)), math.ceil(Fraction(7, 2)), math.trunc(Fraction(-7, 2)))
print(math.comb(100, 50) % 1000003, math.perm(20, 10))
print(sum(math.comb(10, k) for k in range(11)) == 2 ** 10)
