vals = [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.005, 0.125, 1e20]
print([round(v) for v in vals])
print([round(v, 2) for v in vals])
print(round(1234.5678, -2), round(1234, -2), round(1250, -2), round(1350, -2), round(-0.4))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(7, 1)).__name__)
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(1 / 3, 2 / 3, 10 / 4, 7 / 7, -1 / 3)
print(repr(1.1), str(1e-5), str(1e-4), str(123456789012345678.0), 1e15, 1e16, 1.0e-10)
print(float("3.5"), float("-inf"), float(" 1e3 "), float("1_000.5"), float(7))
print(int(3.99), int(-3.99), int(1e10), 7.0 // 2, -7.0 // 2, 7.5 % 2, -7.5 % 2)
print(divmod(7.5, 2), divmod(-7.5, 2), 2 ** 0.5, 4 ** 0.5, 8 ** (1 / 3), (-8) ** 2)
print((0.1).as_integer_ratio(), (0.5).as_integer_ratio(), (2.5).is_integer(), (3.0).is_integer())
print(float.hex(1.0), float.fromhex("0x1.8p1"), (1.5).hex())
print(3.0 == 3, 0.0 == -0.0, str(-0.0), 1e308 * 10, -1e308 * 10)
acc = 0.0
for _ in range(10):
    acc += 0.1
print(max(1, 2.0), min(-0.0, 0.0), acc, acc == 1.0, sum([0.5] * 10))
try:
    float("abc")
except ValueError as e:
    print("ValueError:", e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
try:
    2.0 ** 10000
except OverflowError:
    print("OverflowError raised for 2.0 ** 10000")
celsius = [-40, 0, 36.6, 100]
print([f"{c * 9 / 5 + 32:.1f}F" for c in celsius])
price = 19.99
print(f"{price * 3:.2f}", round(price * 3, 2), price * 3)
print("%.3f %10.4e %g %g" % (2 / 3, 12345.6789, 0.00001234, 1234567890.0))
