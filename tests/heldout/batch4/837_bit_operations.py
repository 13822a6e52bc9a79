# bitwise operations on ints
a, b = 0b1100_1010, 0b1010_0110
print(a, b, a & b, a | b, a ^ b, ~a, a << 4, a >> 3)
print(bin(a & b), bin(a | b), bin(a ^ b), f'{a:08b}', f'{b:#010b}')
print(-1 >> 10, -16 >> 2, -1 << 3, -5 & 0xFF, -5 | 2, -5 ^ -3)
print((1 << 64) - 1, ((1 << 64) - 1) >> 60, 1 << 100 >> 99)
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print([popcount(x) for x in (0, 1, 255, 1023, 2**40 - 1)], (2**40 - 1).bit_count())
def is_pow2(n):
    return n > 0 and n & (n - 1) == 0
print([n for n in range(70) if is_pow2(n)])
flags = 0
READ, WRITE, EXEC = 1, 2, 4
flags |= READ | EXEC
print(flags, bool(flags & WRITE), bool(flags & EXEC))
flags &= ~READ
print(flags)
x = 0x12345678
print(hex((x >> 24) & 0xFF), hex((x >> 16) & 0xFF), hex(x & 0xFFFF))
swapped = ((x & 0xFF) << 24) | ((x & 0xFF00) << 8) | ((x >> 8) & 0xFF00) | (x >> 24)
print(format(swapped, '08x'))
print(True & False, True | False, True ^ True, ~True, type(True & True).__name__)
print((5).bit_length(), (-5).bit_length(), (1 << 1000).bit_length())
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1.0 & 1
except TypeError as e:
    print(type(e).__name__, e)
gray = [i ^ (i >> 1) for i in range(8)]
print(gray, [format(g, '03b') for g in gray])
print(int('1010', 2) ^ int('0110', 2), 0o777 & 0o644, 0xDEAD_BEEF >> 16)
