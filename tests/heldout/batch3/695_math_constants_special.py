import math
print(round(math.pi, 10), round(math.e, 10), round(math.tau, 10))
print(math.inf, -math.inf, math.inf > 10 ** 300)
print(math.isnan(math.nan), math.isinf(-math.inf), math.isfinite(1e308), math.isfinite(math.nan))
print(math.nan == math.nan, math.inf - math.inf)
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.001), math.isclose(1.0, 1.001, rel_tol=1e-2))
print(math.isclose(0.0, 1e-12), math.isclose(0.0, 1e-12, abs_tol=1e-9))
print(sum([0.1] * 10), math.fsum([0.1] * 10))
print(math.fsum([1e100, 1.0, -1e100]), sum([1e100, 1.0, -1e100]))
