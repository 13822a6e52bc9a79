print(int("42"), int("  -17  "), int("+5"), int("1_000"))
print(int("ff", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0), int("z", 36))
print(int(3.99), int(-3.99), int(True), int("0"))
for bad in ["3.5", "", "abc", "1 2", "0x10"]:
    try:
        int(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("12", 1)
except ValueError as e:
    print(type(e).__name__, e)
print(int.from_bytes(b"\x01\x00", "big"), (256).to_bytes(2, "little"), (255).bit_length())
