# math integer functions: comb, perm, isqrt, gcd, lcm, factorial
import math
print(math.comb(5, 2), math.comb(10, 0), math.comb(10, 10), math.comb(3, 5), math.comb(52, 5))
print(math.perm(5, 2), math.perm(5), math.perm(5, 0), math.perm(3, 5))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10 ** 30), math.isqrt(2 ** 101))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-12, 18), math.gcd(), math.gcd(12, 18, 27))
print(math.lcm(4, 6), math.lcm(3, 5, 7), math.lcm(), math.lcm(0, 5), math.lcm(-4, 6))
print(math.factorial(20), len(str(math.factorial(100))))
print([math.comb(6, k) for k in range(7)])
print(sum(math.comb(10, k) for k in range(11)) == 2 ** 10)
for bad in [lambda: math.comb(-1, 2), lambda: math.isqrt(-1), lambda: math.factorial(-3), lambda: math.perm(4, -1)]:
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__, e)
for bad in [lambda: math.comb(5.0, 2), lambda: math.factorial(2.5), lambda: math.gcd(1.5, 3)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
def is_square(n):
    r = math.isqrt(n)
    return r * r == n
print([n for n in range(50) if is_square(n)])
def coprime_count(n):
    return sum(1 for k in range(1, n + 1) if math.gcd(n, k) == 1)
print([coprime_count(n) for n in range(1, 13)])
