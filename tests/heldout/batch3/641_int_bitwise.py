a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, a << 2, a >> 2)
print(bin(a & b), f"{a | b:04b}")
print((255).bit_length(), (-1) >> 5, -8 >> 1, 1 << 64)
print((37).bit_count() if hasattr(int, "bit_count") else bin(37).count("1"))
flags = 0
READ, WRITE, EXEC = 1, 2, 4
flags |= READ | EXEC
print(flags, bool(flags & WRITE), bool(flags & EXEC))
flags &= ~READ
print(flags)
print(int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b"\x01\x00", "big"))
print((1024).to_bytes(4, "big"), (-1).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\xff\xfe", "big", signed=True))
n = 0
for i in range(8):
    if i % 3 == 0:
        n |= 1 << i
print(bin(n))
