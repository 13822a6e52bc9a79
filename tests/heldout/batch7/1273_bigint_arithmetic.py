def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


f50 = factorial(50)
print(f50)
print(len(str(factorial(100))), sum(int(d) for d in str(factorial(100))))
print(2 ** 200)
print(2 ** 200 - 1 == (2 ** 100 - 1) * (2 ** 100 + 1))
print(f50 // factorial(48), f50 % 1000003)
print(pow(3, 1000, 10 ** 9 + 7), pow(2, -1, 7), pow(7, 0), 0 ** 0)
print((-7) // 2, (-7) % 2, 7 // -2, 7 % -2, divmod(-17, 5), divmod(17, -5))
print((10 ** 30 + 7) // 3, (10 ** 30 + 7) % 3, divmod(10 ** 25, 10 ** 12 + 3))
print(-(2 ** 70) >> 3, (2 ** 70) >> 68, 1 << 100, ~(2 ** 65), (2 ** 65) & (2 ** 65 - 1), (2 ** 64) | 1)
print(int("1" * 30) * int("9" * 30))
print((123456789 ** 5).bit_length(), (255).bit_length(), (-1).bit_length(), (0).bit_length())
print(int("zz", 36), int("0x1F", 16), int("0b101", 0), int("  42  "), int("-0o17", 0), int("1_000_000"))
print(abs(-10 ** 20), -10 ** 20 < -10 ** 19, max(2 ** 64, 2 ** 63 * 2 + 1))
print(10 ** 20 / 10 ** 10, 2 ** 53 + 1 == float(2 ** 53 + 1), float(2 ** 53 + 1))
print((2 ** 1000) * 0.0, round(2 ** 70, -20))
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    10 ** 400 / 1
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
a, b = 0, 1
for _ in range(300):
    a, b = b, a + b
print(a)
print(a % 1000000007, a.bit_length(), str(a)[:10], int(str(a)[::-1]) % 97)
print(sum(range(10 ** 6)), sum(i * i for i in range(1, 101)))
print(True + True, True * 10, int(True), 3 * False)
