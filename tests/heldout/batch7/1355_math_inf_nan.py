import math

inf, nan = math.inf, math.nan
print(inf, -inf, nan, float("inf") == inf, inf > 10 ** 308, -inf < -1e308)
print(inf + 1, inf * 2, inf - inf, inf * 0, 1 / inf, -1 / inf, inf / inf)
print(math.isinf(inf), math.isinf(-inf), math.isinf(nan), math.isnan(nan), math.isnan(inf))
print(math.isfinite(1e308), math.isfinite(inf), math.isfinite(nan), math.isfinite(0.0))
print(nan == nan, nan != nan, nan < 1, nan > 1, nan == 0, 1 + nan)
x = float("nan")
print(x == x, [x] == [x], math.isnan(x * 0), math.isnan(float("-nan")))
data = [3.5, nan, 1.0, inf, -2.0, nan]
clean = [v for v in data if not math.isnan(v)]
finite = [v for v in data if math.isfinite(v)]
print(clean, finite, max(finite), min(clean), sum(finite))
print(math.fsum([inf, 1.0]))
try:
    math.fsum([inf, -inf])
except ValueError:
    print("fsum of inf and -inf: ValueError")
print(math.sqrt(inf), math.exp(-inf), math.atan(inf), math.log(inf), math.floor(2.5))
try:
    math.floor(inf)
except OverflowError as e:
    print("OverflowError:", e)
try:
    math.floor(nan)
except ValueError as e:
    print("ValueError:", e)
print(math.copysign(1, -0.0), math.copysign(inf, -1), -0.0 == 0.0, math.atan2(0.0, -0.0), math.atan2(-0.0, -0.0))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(1.0, 1.1, rel_tol=0.1))
print(math.isclose(0.0, 1e-10), math.isclose(0.0, 1e-10, abs_tol=1e-9), math.isclose(inf, inf), math.isclose(nan, nan))
print(math.isclose(100, 101, rel_tol=0.01), math.isclose(100, 102, rel_tol=0.01))
print(float("Infinity"), float("-INF"), float("NaN"), repr(inf), str(-inf))
print(f"{inf:.2f}", f"{nan:10}", f"{-inf:e}", "%f %e" % (inf, nan), int(1e300) > 0)
print(sorted([3.0, 1.0, inf, -inf, 2.0]), max(1, inf), min(-inf, 0))
try:
    math.isclose(1, 1, rel_tol=-1)
except ValueError as e:
    print("ValueError:", e)
