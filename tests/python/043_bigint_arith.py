# Python ints are arbitrary precision: machine-word overflow promotes to a
# big int, results that fit demote back.
big = 2 ** 64
print(big, -big, big + 1, big - 1, big * big, type(big).__name__)
x = 9223372036854775807
print(x + 1, x * 2, -x - 1, -x - 2, (x + 1) - 1, type((x + 1) - 1).__name__)
m = -9223372036854775808
print(-m, abs(m), m - 1, m * -1, m // -1, m % -1, -(-m))
a = 123456789012345678901234567890
b = -987654321098765432109876543210
print(a + b, a - b, a * b, b * b * b)
print(a + 0 == a, a * 1 == a, a - a, (a * b) // b == a, a * 0)
total = 0
for i in range(100):
    total += 2 ** 62
print(total, total // 100 == 2 ** 62)
print(sum([2 ** 63, 2 ** 63, -2 ** 64]), sum([10 ** 20] * 5))
acc = 1
for i in range(70):
    acc = acc * 3 - i
print(acc)
n = 0xFFFFFFFFFFFFFFFFFFFF
print(n, 0o777777777777777777777777, 0b1 << 100, 1_000_000_000_000_000_000_000)
print(+a, -(-a), abs(b), abs(-2 ** 70))
print(int("123456789012345678901234567890") == a, int(-1e25), float(2 ** 70), float(-3 ** 50))
print(int(2.0 ** 80), int(-1.5e30), round(1e22), round(2 ** 70), round(2 ** 70, 2))
print(bool(2 ** 100), not 2 ** 100, 2 ** 100 and "yes", isinstance(2 ** 100, int))
print(10 ** 20 / 10 ** 10, 2 ** 100 / 3, -(10 ** 30) / 7, 10 ** 400 // 10 ** 398)
print(2 ** 64 + 0.5, 2 ** 64 * 1.5, 1e10 - 2 ** 70)
print(max(2 ** 70, 2 ** 69, 5), min(-2 ** 70, 3), sorted([2 ** 65, -2 ** 65, 0, 2 ** 64, 1.5]))
