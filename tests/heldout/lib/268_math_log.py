import math
print(math.log(math.e))
print(math.log(8, 2))
print(math.log(100, 10))
print(math.log2(1024), math.log10(1000))
print(math.log1p(0.0), math.exp(0))
print(round(math.log(2), 12))
print(math.log2(2**100))
print(math.log(2**1000) > 693)
print(math.isclose(math.expm1(1e-10), 1e-10, rel_tol=1e-9))
for bad in [0, -1]:
    try:
        math.log(bad)
    except ValueError as e:
        print(type(e).__name__, e)
