a, b = 17, 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
for x, y in [(7, 3), (-7, 3), (7, -3), (-7, -3)]:
    print(x, y, x // y, x % y, divmod(x, y))
print(2 ** 100)
print(-(2 ** 64) // 3, (2 ** 64) % 1000)
print(int("ff", 16), int("0b1011", 0), int(" 42 "), int("-0o17", 8))
print(bin(37), oct(37), hex(255), hex(-255))
print((255).bit_length(), (0).bit_length(), (-1).bit_length())
print(abs(-12), pow(3, 4), pow(3, 4, 5), pow(2, -1, 7))
print(10 ** 20 + 1 == 100000000000000000001)
print(True + True, int(True), 3 * False)
