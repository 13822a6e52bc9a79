import math

print(math.comb(5, 2), math.comb(10, 0), math.comb(10, 10), math.comb(3, 5), math.comb(52, 5), math.comb(100, 50))
print(math.perm(5, 2), math.perm(5), math.perm(5, 0), math.perm(3, 5), math.perm(10, 3))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(0, 0), math.gcd(-12, 18), math.gcd(2 ** 100, 6 ** 50))
print(math.gcd(12, 18, 24), math.gcd(), math.gcd(7))
print(math.lcm(4, 6), math.lcm(3, 5, 7), math.lcm(0, 5), math.lcm(), math.lcm(-4, 6))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(17), math.isqrt(10 ** 40), math.isqrt(2 ** 127))
for bad in [lambda: math.comb(-1, 2), lambda: math.perm(5, -1), lambda: math.isqrt(-1),
            lambda: math.comb(5.0, 2), lambda: math.gcd(1.5, 2), lambda: math.factorial(-3), lambda: math.factorial(2.5)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)


def is_prime(n):
    if n < 2:
        return False
    for d in range(2, math.isqrt(n) + 1):
        if n % d == 0:
            return False
    return True


print([n for n in range(50) if is_prime(n)])


def reduce_fraction(a, b):
    g = math.gcd(a, b)
    return a // g, b // g


print(reduce_fraction(84, 36), reduce_fraction(17, 51))
print([math.comb(6, k) for k in range(7)], sum(math.comb(10, k) for k in range(11)) == 2 ** 10)
print(math.factorial(20) // (math.factorial(5) * math.factorial(15)) == math.comb(20, 5))
print(math.perm(6, 3) == math.comb(6, 3) * math.factorial(3))
print(math.isqrt(99) ** 2 <= 99 < (math.isqrt(99) + 1) ** 2)
print(math.lcm(*range(1, 21)))
