# The math module: constants, float functions, integer functions, errors.
import math
from math import sqrt, pi as PI
print(math.pi, math.e, math.tau, math.inf, math.nan, PI)
print(sqrt(2), math.sqrt(16), math.floor(-2.5), math.ceil(2.1), math.trunc(-2.7), math.floor(7))
print(math.fabs(-3), math.pow(2, 10), math.pow(2.5, 0.5), math.exp(1), math.exp(0.5))
print(math.log(100), math.log(8, 2), math.log(100, 10), math.log2(1024), math.log2(10), math.log10(1000), math.log10(2))
print(math.sin(1), math.cos(1), math.tan(1), math.asin(0.5), math.acos(0.5), math.atan(1), math.atan2(1, -1))
print(math.hypot(3, 4), math.degrees(math.pi), math.radians(180), math.degrees(1))
print(math.isnan(math.nan), math.isinf(-math.inf), math.isfinite(1e308), math.isfinite(math.inf))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(1.0, 1.05, rel_tol=0.1), math.isclose(0.0, 1e-12, abs_tol=1e-9))
print(math.gcd(12, 18), math.gcd(0, 0), math.gcd(-4, 6, 10), math.lcm(4, 6), math.lcm(3, 5, 7), math.lcm())
print(math.factorial(0), math.factorial(10), math.factorial(25))
print(math.comb(5, 2), math.comb(50, 25), math.comb(3, 5), math.perm(5, 2), math.perm(4))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10**30))
print(math.copysign(3, -0.0), math.fmod(7, 3), math.fmod(-7, 3), math.modf(3.75), math.modf(-2.5))
print(math.frexp(8.0), math.frexp(0.1), math.frexp(0.0), math.ldexp(0.5, 4), math.ldexp(1.0, -1074))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([0.5, 4]), math.prod(range(1, 30)))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100]))
print(math.floor(1e20), math.ceil(-1e19), type(math.floor(2.0)).__name__)
print(repr(math), math.sqrt)
for f, arg in [(math.sqrt, -1), (math.log, 0), (math.log, -1), (math.acos, 2), (math.factorial, -1), (math.isqrt, -4)]:
    try:
        f(arg)
    except ValueError as e:
        print("ValueError", e)
for thunk in [lambda: math.exp(1000), lambda: math.pow(10, 400), lambda: math.floor(math.inf)]:
    try:
        thunk()
    except OverflowError as e:
        print("OverflowError", e)
try:
    math.floor(math.nan)
except ValueError as e:
    print(e)
try:
    math.pow(0, -1)
except ValueError as e:
    print(e)
try:
    math.sqrt("x")
except TypeError as e:
    print(e)
try:
    math.factorial(2.5)
except TypeError as e:
    print(e)
try:
    math.nosuch
except AttributeError as e:
    print(e)
print(math.sqrt(-1))
