# int() from strings with bases, prefixes and underscores; errors.
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0), int("z", 36))
print(int("  -42  "), int("+7"), int("1_000_000"), int("0"), int("00"), int("-0b11", 0), int("12", 3))
print(int(3.99), int(-3.99), int(True), int("10", base=2), int(2**70 + 0.0) == 2**70)
for args in [("12a",), ("1.5",), ("",), ("0x",), ("08", 0), ("1__0",), ("9", 8), ("10", 1), ("10", 37)]:
    try:
        print(int(*args))
    except ValueError as e:
        print("ValueError:", e)
for bad in [None, [1], 1j]:
    try:
        int(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    int(5, 10)
except TypeError as e:
    print("TypeError:", e)
print(float("1e3"), float(" -2.5 "), float("inf"), float("-Infinity"), float("nan") != float("nan"), float("1_0.5"))
try:
    float("abc")
except ValueError as e:
    print("ValueError:", e)
