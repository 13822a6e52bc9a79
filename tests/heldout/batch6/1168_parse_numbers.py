samples = ["42", "-17", "+8", "  12  ", "1_000", "0x1A", "3.14", "1e3", "abc", "", "٣", "12 34", "0012"]
for s in samples:
    try:
        print(repr(s), "int ->", int(s))
    except ValueError as e:
        print(repr(s), "ValueError:", e)
for s in ["3.14", "-0.5", "1e-3", "inf", "-nan", "1_0.5", ".5", "5.", "0x10", "1,5"]:
    try:
        print(repr(s), "float ->", float(s))
    except ValueError as e:
        print(repr(s), "ValueError:", e)
print(int("101", 2), int("777", 8), int("zz", 36), int("0b11", 0), int("0o10", 0), int("-0x10", 16))
for s, base in [("2", 2), ("0x10", 0), ("010", 0), ("12", 1)]:
    try:
        print(s, base, int(s, base))
    except ValueError as e:
        print(s, base, "ValueError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
try:
    int(3.5, 10)
except TypeError as e:
    print("TypeError:", e)
print(int(3.9), int(-3.9), int(True), float(7), float(" 1.5\n"), int(b"42"), float(b"2.5"))


def safe_int(s, default=None):
    try:
        return int(s)
    except (TypeError, ValueError):
        return default


print([safe_int(x, 0) for x in ["1", None, "x", 2.7, "9"]])
print(str(10), str(-2.50), str(1e10), str(1e16), str(0.1 + 0.2), str(10 ** 20))
print("3" + "4", int("3") + int("4"), float("3") + 4, "5" * 3, int("5") * 3)
print("12".isdigit(), "-12".isdigit(), "12.5".replace(".", "", 1).isdigit(), "½".isnumeric(), "½".isdigit())
