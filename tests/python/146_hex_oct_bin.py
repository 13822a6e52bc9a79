# hex/oct/bin, int() with bases and prefixes, ord/chr.
for n in (0, 1, 255, -255, 2 ** 40, -1):
    print(hex(n), oct(n), bin(n))
print(int("0x1f", 16), int("0b101", 0), int("0o17", 0), int("z", 36), int("-ff", 16), int("  12  "))
print(int("1_0", 2), int(3.99), int(-3.99), int("0"), int("00"), int("0x10", 0))
print(ord("A"), ord("é"), ord("€"), chr(97), chr(0x263A), chr(8364), repr(chr(0)), repr(chr(127)))
print(format(10, "#x"), format(10, "08b"), f"{255:#06x}", "%o" % 64)
try:
    int("12a")
except ValueError as e:
    print("ValueError:", e)
try:
    int("9", 8)
except ValueError as e:
    print("ValueError:", e)
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
