import math
print(math.gcd(48, 36), math.gcd(0, 5), math.gcd(12, 18, 30), math.lcm(4, 6), math.lcm(3, 5, 7))
print([math.factorial(n) for n in range(7)], math.factorial(20))
print(math.comb(5, 2), math.comb(52, 5), math.perm(5, 2), math.perm(5))
print(math.isqrt(99), math.isqrt(100), math.isqrt(10 ** 20 + 1))
print(math.prod([1, 2, 3, 4]), math.prod([], start=7), math.prod(range(1, 11)))
for bad in (lambda: math.factorial(-1), lambda: math.isqrt(-4), lambda: math.comb(3, -1)):
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__, e)
