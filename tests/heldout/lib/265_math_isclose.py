import math
print(math.isclose(0.1 + 0.2, 0.3))
print(math.isclose(1.0, 1.0001))
print(math.isclose(1.0, 1.0001, rel_tol=1e-3))
print(math.isclose(0.0, 1e-12))
print(math.isclose(0.0, 1e-12, abs_tol=1e-9))
print(math.isclose(float("inf"), float("inf")))
print(math.isclose(float("nan"), float("nan")))
try:
    math.isclose(1, 1, rel_tol=-1)
except ValueError as e:
    print(type(e).__name__, e)
