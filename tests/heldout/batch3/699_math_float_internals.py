import math
print(math.nextafter(1.0, 2.0) > 1.0, math.nextafter(1.0, 2.0) - 1.0 == math.ulp(1.0))
print(math.ulp(1.0), math.ulp(0.0) > 0)
print(math.frexp(0.0), math.frexp(-3.0), math.ldexp(1, -1074) > 0)
print(math.trunc(1e20), int(1e20), math.floor(-1e-300))
print(math.isqrt(2 ** 64) == 2 ** 32, math.sqrt(2 ** 64) == 2 ** 32)
try:
    math.floor(math.inf)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    math.ceil(math.nan)
except ValueError as e:
    print(type(e).__name__, e)
print(math.gcd(), math.lcm(), math.prod([2.5, 2]))
