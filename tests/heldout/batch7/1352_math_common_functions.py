import math

print(math.pi, math.e, math.tau, math.tau == 2 * math.pi)
vals = [2.7, -2.7, 2.5, -2.5, 3.0, -0.0]
print([math.floor(v) for v in vals])
print([math.ceil(v) for v in vals])
print([math.trunc(v) for v in vals])
print(type(math.floor(2.7)).__name__, math.floor(10 ** 20 + 0.0) == 10 ** 20, math.ceil(7))
print(math.fabs(-3), math.sqrt(2), math.sqrt(16), math.sqrt(0.25))
print(math.pow(2, 10), math.pow(2, 0.5), math.exp(1), math.exp(0), math.expm1(1e-10))
print(math.log(math.e), math.log(8, 2), math.log(100, 10), math.log10(1000), math.log2(1024), math.log1p(1e-10))
print(math.factorial(0), math.factorial(10), math.factorial(25))
print(math.copysign(3, -0.0), math.copysign(-2, 1), math.fmod(7, -3), 7 % -3, math.fmod(-7.5, 2))
print(math.remainder(10, 3), math.remainder(11, 3), math.modf(3.75), math.modf(-2.5))
print(math.frexp(8.0), math.ldexp(0.5, 4), math.frexp(0.0))
print(math.hypot(3, 4), math.hypot(1, 2, 2), math.dist((0, 0), (3, 4)), math.dist((1, 1, 1), (2, 2, 2)))
print(math.degrees(math.pi), math.radians(180), math.degrees(1))
print(math.isclose(math.sin(math.pi), 0, abs_tol=1e-12), round(math.sin(math.pi / 6), 12), math.cos(0))
print(math.floor(-0.5), math.ceil(-0.5), round(-0.5), math.trunc(-0.5))
print(math.nextafter(1.0, 2.0) > 1.0, math.ulp(1.0) == 2 ** -52)


def compound(principal, rate, years, n=12):
    return principal * math.pow(1 + rate / n, n * years)


print(f"{compound(1000, 0.05, 10):.2f}", f"{1000 * math.exp(0.05 * 10):.2f}")
print([round(math.sqrt(x), 4) for x in range(6)])
