a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, a << 2, a >> 2)
print(~0, ~-1, -1 >> 10, -16 >> 2, 1 << 64)
print(bin(-5 & 0xFF), -5 & 0xF, -(5 ^ -1))
print(5 & True, True | False, True ^ True)
print({1, 2} & {2, 3}, {1} | {2}, {1, 2} ^ {2, 3})
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1.0 & 1
except TypeError as e:
    print(type(e).__name__, e)
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print(popcount(255), popcount(2 ** 100 - 1))
