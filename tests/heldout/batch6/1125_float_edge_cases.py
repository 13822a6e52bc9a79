import math

print(0.1 + 0.2, 0.1 + 0.2 == 0.3, round(0.1 + 0.2, 10) == 0.3, 1.1 * 3)
print(1e16, 1e15, 123456789012345.6, 1.5e-5, 0.0001, 1e-4 == 0.0001, 1e22, 1e-310)
print(repr(1.0), str(2.50), 1 / 3, 2 / 3, 10 / 4, -0.0, 0.0 == -0.0, 100.0, 1e100)
print(float("1.5"), float("  -2.25 "), float("1e3"), float("inf"), float("-Infinity"), float("nan"), float("1_000.5"))
inf, nan = float("inf"), float("nan")
print(inf + 1, inf - inf, inf * 0, -inf, inf > 1e308, nan == nan, nan != nan, nan is nan)
print(math.isnan(nan), math.isinf(-inf), math.isfinite(1e308), math.isfinite(inf))
print(1e308 * 10, -1e308 * 10, 5e-324 / 2, 2.0 ** 1023 * 2 == inf)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError raised")
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    float("abc")
except ValueError as e:
    print("ValueError:", e)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, divmod(7.5, 2), divmod(-1.0, 3))
print((2.5).is_integer(), (3.0).is_integer(), (0.75).as_integer_ratio(), (0.1).as_integer_ratio())
print((1.5).hex(), float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"))
print(int(1e300) > 10 ** 299, float(2 ** 63), float(-3), float(True))
print(max(1.0, 1), min(0, -0.0), max([nan, 1.0])is nan, sorted([3.5, -1e10, 2, 0.0]))
print(abs(-2.5), -(-2.5), +(-2.5), 2.5 ** 2, 9 ** 0.5, (-8) ** (1 / 3) == complex((-8) ** (1 / 3)))
print(sum([0.1] * 10), math.fsum([0.1] * 10), 0.1 * 10)
print(3.0 == 3, 3.1 > 3, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53, 1 < inf, -inf < -10 ** 400)
print(f"{2.675:.2f}", round(2.675, 2), round(1e20, -19), round(-1.5), round(1234.5678, -2), round(0.5), round(1.5))
print(float.__name__, type(1e3).__name__, isinstance(1e3, float), isinstance(3, float))
print(5e-324, 5e-324 > 0, 2.2250738585072014e-308, 1.7976931348623157e308)
print(0.1 + 0.7, 4.35 * 100, 1 - 0.9, 3 * 0.1, 1e-7, 123e-20, 1.0e+16)
