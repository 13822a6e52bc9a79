# Bitwise operators on big ints, with infinite two's complement negatives.
a = 0x123456789ABCDEF0123456789
b = -0xFEDCBA9876543210FEDCBA98
for x in [a, b, -a, 2 ** 64, -(2 ** 64), -1, 0, 255]:
    print(x & a, x | b, x ^ a, ~x, x & -x)
print(hex(a & 0xFFFFFFFF), hex(b & (2 ** 100 - 1)), hex(-1 & (2 ** 70 - 1)))
print(1 << 64, 1 << 100, 3 << 95, -1 << 70, -5 << 64, (2 ** 64) << 0)
print(2 ** 100 >> 1, 2 ** 100 >> 99, 2 ** 100 >> 100, 2 ** 100 >> 101, 2 ** 100 >> 1000)
print(-(2 ** 100) >> 1, -(2 ** 100) >> 100, -(2 ** 100) >> 101, -(2 ** 100 + 1) >> 100, -(2 ** 100) >> 10 ** 20)
print(-7 >> 1, -1 >> 100, 1 << 62, 1 << 63, -1 << 63, -1 << 64)
x = 1
x <<= 200
x >>= 190
x |= 2 ** 80
x ^= 2 ** 80 + 5
x &= ~1
print(x)
for n in [0, 1, 255, 256, 2 ** 63 - 1, 2 ** 63, 2 ** 64, -(2 ** 64), 10 ** 30, -1]:
    print(n.bit_length(), end=" ")
print()
print((2 ** 64 - 1).bit_count(), (-(2 ** 70)).bit_count(), int.bit_length(2 ** 90))
try:
    print(1 << -1)
except ValueError as e:
    print("ValueError:", e)
try:
    print(2 ** 70 >> -1)
except ValueError as e:
    print("ValueError:", e)
try:
    print(2 ** 70 & 1.5)
except TypeError as e:
    print("TypeError:", e)
