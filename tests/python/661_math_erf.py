# math.erf and math.erfc (correctly rounded double-double evaluation; these
# arguments are ones where the C library's results are correctly rounded too).
import math
for x in [0.0, -0.0, 1e-300, 5e-324, 0.1, 0.5, 1.0, -1.0, 1.5, 2.0, -2.5, 3.0, 4.0, 6.0, 10.0, float("inf"), float("-inf")]:
    print(x, math.erf(x))
for x in [0.0, 0.5, 1.0, 10.0, 26.0, 27.0, 30.0, -7.0, float("inf"), float("-inf")]:
    print(x, math.erfc(x))
print(math.isnan(math.erf(float("nan"))), math.isnan(math.erfc(float("nan"))))
print(round(math.erf(0.3) + math.erfc(0.3), 15), math.erf(1) == -math.erf(-1))
try:
    math.erf("1")
except TypeError as e:
    print(e)
