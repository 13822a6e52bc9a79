# math: inf and nan handling
import math
inf, nan = math.inf, math.nan
print(inf, -inf, nan, math.inf == float("inf"), math.isinf(-inf), math.isnan(nan))
print(math.isfinite(1e308), math.isfinite(inf), math.isfinite(nan), math.isinf(nan))
print(inf + 1, inf - inf, inf * -1, 0 * inf, inf / inf, 1 / inf)
print(nan + 1, nan == nan, nan < 1, nan > 1, max(1, nan), max(nan, 1))
print(math.sqrt(inf), math.exp(-inf), math.exp(inf), math.log(inf), math.atan(inf) == math.pi / 2)
print(math.fsum([1, inf]), math.hypot(inf, nan), math.hypot(nan, 1))
print(sorted([3, inf, -inf, 0]), min(inf, 5), -inf < -1e308)
print(math.copysign(1, nan) in (1.0, -1.0), math.isnan(math.copysign(nan, -1)))
print(float("nan") in [float("nan")], nan in [nan])
print(math.isclose(inf, inf), inf == inf, -inf == -inf)
print(round(2.5e300 * 1e10) if False else "skip", 1e308 * 10, -1e308 * 10)
try:
    round(inf)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(nan)
except ValueError as e:
    print(type(e).__name__, e)
print(math.pow(inf, 0), math.pow(nan, 0), math.pow(1, nan), inf ** 0, 1 ** nan)
print(math.floor(1e300) > 0, math.trunc(-1.5), divmod(inf, 1)[1] if False else "ok")
print(f"{inf:.2f} {-inf:e} {nan:g} {inf:>6} {nan!r}")
print(str(float("-nan")), repr(float("Infinity")), float("-iNF"))
