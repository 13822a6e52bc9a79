# int and float methods: bit_length, to_bytes/from_bytes, as_integer_ratio, hex.
for n in [0, 1, 255, 256, -255, 2**100]:
    print(n.bit_length(), end=" ")
print()
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (255).to_bytes(1, "big"))
print((-1).to_bytes(2, "big", signed=True), (-129).to_bytes(2, byteorder="little", signed=True))
print((2**64).to_bytes(9, "big"), (0).to_bytes(0, "big"), (5).to_bytes())
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"), int.from_bytes(b"\xff\xff", "big", signed=True))
print(int.from_bytes([1, 0, 0], "big"), int.from_bytes(b"\x00" * 3 + b"\x01" * 10, "big"), int.from_bytes(b"", "big"))
print((0.75).as_integer_ratio(), (-2.5).as_integer_ratio(), (0.1).as_integer_ratio(), (10).as_integer_ratio(), (1e300).as_integer_ratio()[1])
print((1.5).hex(), (0.1).hex(), (-2.0).hex(), (0.0).hex(), (-0.0).hex(), (5e-324).hex(), float("inf").hex())
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), float.fromhex("0x.8"), float.fromhex("inf"), float.fromhex(" 0X1.FFFFFFFFFFFFFP+1023 "))
print((3.0).is_integer(), (3.5).is_integer(), (2.5).conjugate(), (7).numerator, (7).denominator)
for f in [0.1, 1/3, 2.5e-300, 123456.789]:
    assert float.fromhex(f.hex()) == f
    n, d = f.as_integer_ratio()
    assert n / d == f
print("round trips ok")
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
try:
    float("nan").as_integer_ratio()
except ValueError as e:
    print("ValueError:", e)
try:
    (1).to_bytes(1, "middle")
except ValueError as e:
    print("ValueError:", e)
