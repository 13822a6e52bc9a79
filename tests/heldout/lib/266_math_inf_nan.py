import math
inf = math.inf
nan = math.nan
print(inf, -inf, nan)
print(inf > 1e308, -inf < -1e308)
print(nan == nan, nan != nan)
print(math.isinf(inf), math.isnan(nan), math.isfinite(1.0), math.isfinite(inf))
print(inf - inf, inf * 0)
print(float("inf") == inf, float("-Infinity"))
print(1 / inf)
print(math.isnan(float("nan")))
print(max(1, inf), min(-inf, 0))
print(repr(float("nan")), str(-inf))
