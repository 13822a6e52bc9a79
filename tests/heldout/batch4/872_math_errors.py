# math inf/nan handling and error cases
import math
inf, nan = math.inf, math.nan
print(inf > 10**308, -inf < -10**308, inf == float('inf'), nan == nan, math.isnan(inf - inf))
print(math.floor(-0.5), math.copysign(1, -0.0), math.fabs(-inf), math.exp(-inf), math.atan(inf))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.001), math.isclose(1, 1.001, rel_tol=1e-2))
print(math.isclose(0, 1e-12), math.isclose(0, 1e-12, abs_tol=1e-9), math.isclose(inf, inf), math.isclose(nan, nan))
print(max(1, nan), max(nan, 1), min(inf, 3), sorted([3, inf, -inf, 0]))
tests = [
    ('sqrt(-1)', lambda: math.sqrt(-1)),
    ('log(0)', lambda: math.log(0)),
    ('log(-1)', lambda: math.log(-1)),
    ('acos(2)', lambda: math.acos(2)),
    ('exp(1000)', lambda: math.exp(1000)),
    ('pow(0,-1)', lambda: math.pow(0, -1)),
    ('factorial(-1)', lambda: math.factorial(-1)),
    ('factorial(2.5)', lambda: math.factorial(2.5)),
    ('floor(inf)', lambda: math.floor(inf)),
    ('ceil(nan)', lambda: math.ceil(nan)),
    ('int(nan)', lambda: int(nan)),
    ('fmod(1,0)', lambda: math.fmod(1, 0)),
    ('isqrt(-4)', lambda: math.isqrt(-4)),
    ('comb(-1,2)', lambda: math.comb(-1, 2)),
    ('sqrt("x")', lambda: math.sqrt('x')),
    ('log(1,1)', lambda: math.log(1, 1)),
]
for name, fn in tests:
    try:
        print(name, '=', fn())
    except Exception as e:
        print(name, '->', type(e).__name__ + ':', e)
print(math.sqrt(inf), math.log(inf), math.exp(inf), math.fsum([inf, 1]), math.hypot(inf, nan))
print(math.pow(nan, 0), nan ** 0, 1 ** nan, math.pow(1, inf))
