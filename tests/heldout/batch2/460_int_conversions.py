for s in ["42", "-17", "0x1F", "3.5", "", "1_000", "  7\n"]:
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
print(int("z", 36), int("1010", 2), int("777", 8), int("0x1F", 16))
def to_base(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = ""
    while n:
        n, r = divmod(n, b)
        out = digits[r] + out
    return sign + out
print(to_base(255, 2), to_base(255, 16), to_base(-100, 7), to_base(123456789, 36))
print(format(255, "b"), format(255, "08b"), format(-5, "x"), format(10, "o"))
print(float("1e3"), float("-inf"), int(float("1e3")), str(10**3))
print(round(123.456, 1), round(-0.5), round(1.5), int("٣"))
