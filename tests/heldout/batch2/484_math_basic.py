import math
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.floor(3))
print(math.sqrt(16), math.isqrt(17), math.gcd(12, 18), math.lcm(4, 6), math.gcd(0, 0))
print(math.factorial(10), math.comb(10, 3), math.perm(5, 2), math.prod([1, 2, 3, 4]))
print(round(math.pi, 6), round(math.e, 6), math.inf > 1e308, math.isnan(math.nan))
print(math.isinf(-math.inf), math.isfinite(1.0), math.copysign(3, -0.0), math.fabs(-2))
print(round(math.log(100, 10), 10), math.log2(1024), math.log10(1000), round(math.exp(1), 9))
print(round(math.sin(math.pi / 6), 10), round(math.cos(0), 10), round(math.degrees(math.pi), 10), round(math.radians(180), 10))
print(math.hypot(3, 4), round(math.dist((0, 0), (1, 1)), 10), math.fsum([0.1] * 10), sum([0.1] * 10) == 1.0)
print(math.modf(3.25), math.frexp(8.0), math.ldexp(0.5, 4), math.fmod(-7, 3), -7 % 3)
print(math.isclose(0.1 + 0.2, 0.3), math.pow(2, 10), math.sqrt(2) ** 2 != 2)
for bad in (lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1)):
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__, e)
