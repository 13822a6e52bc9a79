# chr/ord and number base conversions
for n in [0, 7, 255, 4096, -10]:
    print(n, bin(n), oct(n), hex(n))
print([int(s, 0) for s in ["0x1F", "0o777", "0b1011", "42", "0X_ff"]])
print(int("11", 2), int("11", 3), int("11", 16), int("11", 36), int("-ZZ", 36))
def to_base(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(digits[r])
    return sign + "".join(reversed(out))
for n, b in [(255, 2), (255, 16), (-100, 7), (123456789, 36), (0, 5)]:
    s = to_base(n, b)
    print(n, b, s, int(s, b) == n)
print([ord(c) for c in "AZaz09 "], "".join(chr(c) for c in [72, 101, 108, 108, 111]))
caesar = "".join(chr((ord(c) - 97 + 3) % 26 + 97) if c.islower() else c for c in "hello, xyz!")
print(caesar)
print(ord("\u20ac"), chr(8364) == "\u20ac", hex(ord("\u00e9")))
try:
    chr(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    ord("ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    int("2", 2)
except ValueError as e:
    print(type(e).__name__, e)
print(f"{10:b} {10:o} {10:x} {ord('A'):08b}")
print(int.from_bytes(bytes([1, 2, 3]), "big"), hex(0x10203))
print(format(-255, "#x"), format(255, "#06x"), "%#o" % 64)
