# Conversions between int, float, bool and str, and true division of
# ints (including big ones).
print(int(3.99), int(-3.99), int(True), int("-12"), float(7), float("  2.5e3 "), float(True), bool(0.0), bool(-1))
print(7 / 2, -7 / 2, 6 / 3, 1 / 3, 2 ** 0.5, 10 ** 20 / 10 ** 10, (2 ** 70) / 2 ** 69, 1e308 + 1e308)
print(str(1e15), str(1e16), str(123456789.123456789), str(-1.5e-10), str(3.0), str(2 ** 53 + 1.0))
print(float(2 ** 53 + 1), int(1e20), int(float(2 ** 63)), 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(round(2.5), round(3.5), round(-2.5), int("0b11", 2), int("11", 2), float("-inf") < -1e308)
print(True + True, True * 3.5, False - 1, 3 // 2.0, 3 % 2.0, -3 // 2.0, divmod(-7, 2.0))
try:
    int("1.5")
except ValueError as e:
    print("ValueError:", e)
try:
    float("")
except ValueError as e:
    print("ValueError:", e)
try:
    (2 ** 2000) / 1.5
except OverflowError as e:
    print("OverflowError:", e)
try:
    float(2 ** 2000)
except OverflowError as e:
    print("OverflowError:", e)
