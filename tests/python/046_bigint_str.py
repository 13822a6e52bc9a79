# int <-> str conversions of big ints, and CPython's 4300-digit limit.
x = 3 ** 200
print(x, str(-x), repr(x), len(str(x)))
print(hex(x), oct(-x), bin(2 ** 70 + 5), hex(-(2 ** 64)), hex(-9223372036854775808))
print(f"{x:,}", f"{2 ** 70:_x}", f"{-(10 ** 25):>40}", f"{10 ** 20:+}", f"{2 ** 64:#b}", f"{10 ** 30:e}")
print("%d|%x|%o|%X" % (10 ** 30, -(10 ** 30), 8 ** 30, 2 ** 80), "{:,}".format(-2 ** 100))
print(int("123456789012345678901234567890"), int("-99999999999999999999"), int("  +1_000_000_000_000_000_000_000  "))
print(int("ffffffffffffffffffffffff", 16), int("0x" + "f" * 30, 0), int("z" * 20, 36), int("-1" * 20, 2))
print(int("12345678901234567890123", 8), int(str(7 ** 300)) == 7 ** 300, [2 ** 64, (10 ** 20,), {2 ** 70: -2 ** 70}])
print(int("0" * 50 + "12345678901234567890"))
y = 10 ** 4299
print(len(str(y)), len(repr(-y)), str(y)[:10])
try:
    str(10 ** 4300)
except ValueError as e:
    print("ValueError:", e)
try:
    print([1, 10 ** 5000])
except ValueError as e:
    print("ValueError:", e)
try:
    f"{-10 ** 4300}"
except ValueError as e:
    print("ValueError:", e)
try:
    int("7" * 4301)
except ValueError as e:
    print("ValueError:", e)
try:
    int("1" * 30, 2)
    int("12a45678901234567890123")
except ValueError as e:
    print("ValueError:", e)
print(len(hex(10 ** 5000)), int("1" * 4300) % 1000)
print(10 ** 5000)
