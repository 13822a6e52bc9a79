for n in [0, 1, 10, 255, -255, 2 ** 40]:
    print(n, hex(n), oct(n), bin(n))
print(int(hex(4096), 16), int(bin(77), 2), int(oct(64), 8))
print(format(10, "b"), format(10, "#06b"), format(-10, "x"), f"{3735928559:X}")
try:
    hex(1.5)
except TypeError as e:
    print(type(e).__name__, e)
print((42).bit_count() if hasattr(int, "bit_count") else "n/a", (-1).bit_length())
