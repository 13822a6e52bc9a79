# float repr and arithmetic edge cases
import math
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, 1 / 3)
print(repr(1e16), repr(1e-5), repr(123456789012345678.0), 1e22, 1e-4)
print(float("inf"), float("-inf"), float("nan"))
inf = float("inf")
nan = float("nan")
print(inf - inf, inf * 0, inf > 1e308, -inf < -1e308)
print(nan == nan, nan != nan, nan is nan)
print(float("1e500"), -float("1e500"))
print(2.5.is_integer(), 3.0.is_integer())
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio())
print(float.fromhex("0x1.8p1"), (3.0).hex())
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(0.125, 2))
print(-0.0, 0.0 == -0.0, math.copysign(1, -0.0))
print(1e308 * 10, 5e-324, 5e-324 / 2)
print(float("  3.25 "), float("-1_0.5"), float("InFiNiTy"))
print(7.0 // 2, -7.0 // 2, 7.5 % 2, -7.5 % 2, divmod(7.5, 2))
print(2 ** 0.5, 10 ** -2, 1.0 * 3)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    float("abc")
except ValueError as e:
    print(type(e).__name__, e)
try:
    2.0 ** 10000
except OverflowError as e:
    print(type(e).__name__)
try:
    math.exp(1000)
except OverflowError as e:
    print(type(e).__name__, e)
print(int(1e20), int(-2.9999), float(10**20))
print(f"{1/7:.10f}", str(1.0), str(100.0), str(1e100))
print(sum([0.1] * 10), math.fsum([0.1] * 10))
