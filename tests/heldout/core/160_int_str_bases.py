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
for n, b in [(255, 2), (255, 16), (-42, 7), (0, 3), (12345, 36), (2 ** 64, 16)]:
    s = to_base(n, b)
    print(n, b, s, int(s, b) == n)
print(f"{1234:_b}", f"{0xdeadbeef:_x}", f"{-255:#x}")
