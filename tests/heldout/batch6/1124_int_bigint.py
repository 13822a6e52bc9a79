a = 2 ** 100
print(a, a - 1, -a, a * a)
print(len(str(2 ** 1000)), str(3 ** 200)[:20], sum(int(d) for d in str(2 ** 1000)))
fact = 1
for i in range(1, 31):
    fact *= i
print(fact, fact // 2 ** 26, fact % 1000003)
print(7 // 2, -7 // 2, 7 // -2, -7 // -2, 7 % 3, -7 % 3, 7 % -3, -7 % -3)
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(10 ** 30 + 7, 10 ** 15))
print(pow(2, 10), pow(2, -1), pow(3, 200, 1000007), pow(-2, 3), pow(38, -1, 97), (-2) ** 2, -2 ** 2)
print(10 ** 20 // 3, 10 ** 20 / 4, 7 / 7, type(7 / 7).__name__, 2 ** 0.5)
print(abs(-10 ** 25), int("123456789012345678901234567890") + 1, int("-0"), int(" 42 "), int("1_000_000"))
print(int("ff", 16), int("0x1F", 16), int("0b101", 0), int("0o17", 0), int("z", 36), int("777", 8))
print((255).bit_length(), (0).bit_length(), (-256).bit_length(), (2 ** 100).bit_length(), (13).bit_count())
print(5 & 3, 5 | 3, 5 ^ 3, ~5, 1 << 70, (1 << 70) >> 68, -16 >> 2, -1 & 0xFF)
print(True + True, True * 10, int(True), False - 1, sum([True, False, True]))
print(int(3.99), int(-3.99), int(1e20), round(2 ** 60 / 3), int(float(2 ** 53 + 1)))
print(10 ** 18 == 1e18, 2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 1000 > 1e300, (10 ** 400) > float("inf"))
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    1 // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    5 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    int("12a")
except ValueError as e:
    print("ValueError:", e)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
n = 123456789 ** 5
print(n, n % 97, n.to_bytes(20, "big").hex(), int.from_bytes(n.to_bytes(20, "little"), "little") == n)
print(max(2 ** 64, 2 ** 63 * 2 - 1), min(-2 ** 70, -(2 ** 69)), sorted([10 ** 20, -5, 3, 2 ** 65]))
print((12).__add__(3), (7).__rsub__(10), (2).__pow__(5), int.__mul__(6, 7))
x = 0
for k in range(1, 60):
    x = x * 31 + k
print(x, x.bit_length(), hex(x)[:12])
print(int(2 ** 63).__index__(), (10).real, (10).imag, (10).numerator, (10).denominator, (6).conjugate())
