def caesar(text, shift):
    out = []
    for ch in text:
        if ch.isalpha() and ch.isascii():
            base = ord("A") if ch.isupper() else ord("a")
            out.append(chr((ord(ch) - base + shift) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)


msg = "Hello, World! xyz"
enc = caesar(msg, 3)
print(enc, caesar(enc, -3) == msg, caesar(msg, 26) == msg)
print(ord("A"), ord("a"), ord("0"), ord(" "), ord("€"), ord("😀"), chr(65), chr(8364), chr(0x1F600))
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
for n in [0, 5, 255, -10, 1024, 2 ** 40]:
    print(n, bin(n), oct(n), hex(n), f"{n:b}", f"{n:o}", f"{n:x}")
print(int(bin(1234), 2), int(hex(-255), 16), int(oct(99), 8), int("ff", 16), int("777", 8), int("-1010", 2))
perm = 0o754
print(oct(perm), "".join(c if perm >> (8 - i) & 1 else "-" for i, c in enumerate("rwxrwxrwx")))
flags = 0b1011
print(bin(flags), bin(flags & 0b0110), bin(flags | 0b0100), bin(flags ^ 0b1111), bin(~flags), bin(flags << 2))
print(bin(5).count("1"), (5).bit_count(), (255).bit_count(), (-255).bit_count())
rgb = (18, 52, 86)
code = "#" + "".join(f"{c:02x}" for c in rgb)
print(code, tuple(int(code[i:i + 2], 16) for i in (1, 3, 5)))
print([chr(c) for c in range(ord("a"), ord("f"))], "".join(chr(ord(c) ^ 32) for c in "SwapCase"))
print(hex(3735928559), hex(0), oct(-8), bin(0))
print(sorted("Banana", key=ord), max("hello", key=ord), sum(map(ord, "abc")))
