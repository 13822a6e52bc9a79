# math.isclose, fsum, prod
import math
print(0.1 + 0.2 == 0.3, math.isclose(0.1 + 0.2, 0.3))
print(math.isclose(1e-10, 0), math.isclose(1e-10, 0, abs_tol=1e-9))
print(math.isclose(100, 101, rel_tol=0.01), math.isclose(100, 102, rel_tol=0.01))
print(math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan), math.isclose(-math.inf, math.inf))
try:
    math.isclose(1, 1, rel_tol=-1)
except ValueError as e:
    print(type(e).__name__, e)
vals = [0.1] * 10
print(sum(vals), math.fsum(vals))
print(sum([1e100, 1.0, -1e100]), math.fsum([1e100, 1.0, -1e100]))
print(math.fsum([]), math.fsum(range(5)), math.fsum([0.5, 0.25, 0.125]))
print(math.fsum([math.inf, 1]), math.isnan(math.fsum([math.nan, 1.0])))
try:
    math.fsum([math.inf, -math.inf])
except ValueError as e:
    print(type(e).__name__, e)
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 2]), math.prod(range(1, 21)))
print(math.prod([1, 2], start=10), math.prod(x for x in [3, 3, 3]))
print(math.prod([2] * 100) == 2 ** 100)
prices = [19.99, 5.01, 0.1, 0.2, 74.7]
print(round(sum(prices), 10), math.fsum(prices))
print(math.isclose(math.sqrt(2) ** 2, 2), math.sqrt(2) ** 2 == 2)
print(math.sumprod([1, 2, 3], [4, 5, 6]) if hasattr(math, "sumprod") else 32)
