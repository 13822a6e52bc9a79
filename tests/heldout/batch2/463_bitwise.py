a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, a << 2, a >> 2, -16 >> 2)
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print([popcount(i) for i in range(10)], bin(255).count("1"), (255).bit_count())
flags = 0
READ, WRITE, EXEC = 1, 2, 4
flags |= READ | EXEC
print(flags, bool(flags & WRITE), bool(flags & EXEC))
flags &= ~READ
print(flags)
print([i for i in range(16) if i & (i - 1) == 0])
def subsets(items):
    return [[items[j] for j in range(len(items)) if mask >> j & 1] for mask in range(1 << len(items))]
print(subsets("abc"))
print(f"{0xDEAD ^ 0xBEEF:04x}", 1 << 70)
