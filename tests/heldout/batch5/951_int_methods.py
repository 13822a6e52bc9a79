# int behaviour and methods
n = 255
print(n.bit_length(), (0).bit_length(), (-8).bit_length())
print(n.to_bytes(2, "big"), n.to_bytes(2, "little"))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"))
print(int.from_bytes(b"\xff\xfe", "big", signed=True))
print((-1).to_bytes(2, "big", signed=True))
print(int("ff", 16), int("0o17", 0), int("0b101", 0), int("  42  "), int("1_000"))
print(7 // 2, -7 // 2, 7 % 3, -7 % 3, 7 % -3)
print(divmod(17, 5), divmod(-17, 5))
print(2 ** 10, 2 ** -1, (-2) ** 3)
print(True + True, int(True), int(-3.9), int(3.9))
print((10).as_integer_ratio(), (5).conjugate(), (5).real, (5).imag)
print(abs(-12), -(-12), +5, ~5, ~-1)
print(6 & 3, 6 | 3, 6 ^ 3, 1 << 8, 256 >> 4, -16 >> 2)
print(int.__name__, isinstance(True, int))
try:
    int("12x")
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("z", 36), int("10", 37)
except ValueError as e:
    print(type(e).__name__, e)
print(int("z", 36), int("Zz", 36))
print((3).__add__(4), (3).__radd__(4), (3).__sub__(4.0))
print(round(1234, -2), round(1250, -2), round(1350, -2))
