import math
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(2.5))
print(math.sqrt(16), math.isqrt(17), math.pi, math.e)
print(math.isclose(0.1 + 0.2, 0.3), math.isnan(float("nan")), math.isinf(float("-inf")), math.isfinite(1e308))
print(math.gcd(12, 18), math.lcm(4, 6), math.factorial(10), math.comb(5, 2), math.perm(5, 2))
print(math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.copysign(3, -0.0), math.fabs(-4), math.fmod(-7, 3), -7 % 3)
print(math.log(8, 2), math.log10(1000), math.exp(0), math.hypot(3, 4))
print(round(math.sin(math.pi / 2), 6), round(math.cos(0), 6), math.degrees(math.pi))
print(math.inf > 10 ** 300, -math.inf < -1e308, math.prod([1, 2, 3, 4]))
try:
    math.sqrt(-1)
except ValueError as e:
    print(type(e).__name__, e)
