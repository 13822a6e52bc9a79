# Integer arithmetic with Python's floor semantics.
print(7 + 3, 7 - 10, 6 * 7)
print(7 // 2, -7 // 2, 7 // -2, -7 // -2)
print(7 % 3, -7 % 3, 7 % -3, -7 % -3)
print(2 ** 10, (-2) ** 3, 2 ** 0, -2 ** 2)
print(1 + 2 * 3 - 4 // 2, (1 + 2) * 3, 2 ** 3 ** 2)
print(-(-5), +5, ~5, 6 & 3, 6 | 3, 6 ^ 3, 1 << 10, 1024 >> 3, -17 >> 2)
print(0b1010, 0o17, 0xff, 1_000_000)
x = 10
x += 5
x -= 3
x *= 2
x //= 5
x %= 3
print(x)
print(True + True, True * 10, 3 - False)
big = 1
for i in range(62):
    big = big * 2
print(big, big - 1 + big)
