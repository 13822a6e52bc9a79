# math: hyperbolic functions, expm1/log1p/exp2, gamma/lgamma (CPython's
# Lanczos algorithm), remainder, nextafter, ulp, and their errors.
import math

for x in [0.0, -0.0, 0.5, 1.0, -2.0, 3.7, 20.0, -30.5]:
    print(x, math.sinh(x), math.cosh(x), math.tanh(x), math.expm1(x), math.exp2(x))
for x in [0.0, 1e-10, 0.5, 2.0, 100.0, -0.5]:
    print(x, math.log1p(x))
for x in [0.5, 1.5, 2.5, 3.0, 5.0, 10.0, 0.1, 7.3, 20.5, 100.5, 170.5, -0.5, -1.5, -2.5, -3.7, 171.5, 1e-30, -170.3]:
    g = None
    try:
        g = math.gamma(x)
    except (ValueError, OverflowError) as e:
        g = type(e).__name__ + ": " + str(e)
    print(x, g, math.lgamma(x))
for n in range(1, 25):
    print(n, math.gamma(n), math.lgamma(n))
for bad in [0.0, -1.0, -2.0, float("-inf"), 200.0]:
    try:
        print(math.gamma(bad))
    except (ValueError, OverflowError) as e:
        print("gamma", bad, type(e).__name__, e)
for bad in [0.0, -1.0, -5.0]:
    try:
        print(math.lgamma(bad))
    except ValueError as e:
        print("lgamma", bad, e)
print(math.lgamma(float("inf")), math.gamma(float("inf")), math.gamma(float("nan")))
for f, x in [(math.sinh, 1000.0), (math.cosh, -1000.0), (math.expm1, 1000.0), (math.exp2, 2000.0), (math.acosh, 0.5), (math.atanh, 1.0),
             (math.atanh, -2.0), (math.log1p, -1.0), (math.log1p, -2.0)]:
    try:
        print(f(x))
    except (ValueError, OverflowError) as e:
        print(f.__name__, x, type(e).__name__, e)
print(math.acosh(1.0), math.asinh(0.0), math.atanh(0.0), math.atanh(0.5) == math.log(3) / 2)
print(round(math.asinh(1.0), 12), round(math.acosh(2.0), 12), round(math.atanh(0.25), 12), round(math.cbrt(27.5), 12), math.cbrt(-8.0), math.cbrt(64.0))
print(round(math.erf(0.5), 12), round(math.erfc(0.5), 12), math.erf(0.0), math.erfc(0.0), math.erf(float("inf")), math.erfc(float("-inf")))
for a, b in [(10, 3), (11, 3), (-10, 3), (5.5, 2), (7.5, 2), (6.5, 2.0), (-0.0, 1), (1, float("inf")), (3.0, -2.0)]:
    print("remainder", a, b, math.remainder(a, b))
for a, b in [(3, 0), (float("inf"), 1)]:
    try:
        math.remainder(a, b)
    except ValueError as e:
        print("remainder", a, b, e)
for a, b in [(1, 2), (1, 0), (0, 1), (0.0, -1), (-1, -2), (float("inf"), 0), (5e-324, 0), (1.0, 1.0)]:
    print("nextafter", a, b, math.nextafter(a, b))
for x in [1.0, 0.0, -2.5, 1e300, 5e-324, float("inf"), 1.7976931348623157e308]:
    print("ulp", x, math.ulp(x))
print(math.isnan(math.ulp(float("nan"))), math.sinh.__name__, math.gamma.__name__)
