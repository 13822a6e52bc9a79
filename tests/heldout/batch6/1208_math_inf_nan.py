import math

inf, nan = math.inf, math.nan
print(inf, -inf, nan, float("inf") == inf, math.isnan(float("nan")))
print(inf + inf, inf - inf, inf * -1, inf / inf, 0 * inf, inf / 1e308, 1 / inf, -1 / inf)
print(nan + 1, nan * 0, nan == nan, nan != nan, nan < 1, nan > 1, nan == 0)
print(max(inf, 1e308), min(-inf, -1e308), sorted([3.0, inf, -inf, 0.0]))
print(math.isinf(inf), math.isinf(nan), math.isfinite(nan), math.isfinite(-0.0), math.isnan(inf - inf))
print(math.sqrt(inf), math.exp(inf), math.exp(-inf), math.log(inf), math.atan(inf), math.tanh(-inf))
print(math.floor(1e308), type(math.floor(1e308)).__name__)
for f in [math.floor, math.ceil, math.trunc, int]:
    for v in [inf, nan]:
        try:
            f(v)
        except (OverflowError, ValueError) as e:
            print(f.__name__, v, type(e).__name__ + ":", e)
print(math.copysign(1, nan) in (1.0, -1.0), math.copysign(inf, -1), math.fabs(-inf))
print(math.fsum([inf, 1]), math.fsum([-inf, -1]))
try:
    math.fsum([inf, -inf])
except ValueError as e:
    print("ValueError:", e)
print(math.hypot(inf, nan), math.hypot(nan, 1), math.isnan(math.hypot(nan, 1)))
print(math.pow(1, nan), math.pow(nan, 0), nan ** 0, 1 ** nan, math.pow(inf, 0))
print(math.isclose(inf, inf), math.isclose(-inf, inf), round(inf, 2), f"{nan:.3f}", f"{-inf:>6}")
values = [1.0, nan, 3.0, nan, 2.0]
clean = [v for v in values if not math.isnan(v)]
print(clean, sum(clean), sum(math.isnan(v) for v in values))
print(float("-nan") != float("-nan"), str(float("-nan")), repr(-inf), 2 * 10.0 ** 308)
print(inf == 10 ** 400, inf > 10 ** 400, -inf < -10 ** 400, 10 ** 400 < inf)
