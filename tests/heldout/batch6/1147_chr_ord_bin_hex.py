print(chr(65), chr(97), chr(8364), chr(0x1F600), ord("a"), ord("€"), ord("\n"), ord("😀"))
print([chr(c) for c in range(ord("a"), ord("f"))], "".join(chr(ord(c) + 1) for c in "HAL"))
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    ord("")
except TypeError as e:
    print("TypeError:", e)
print(bin(10), bin(-10), bin(0), hex(255), hex(-255), hex(0), oct(8), oct(-8), oct(0))
print(bin(2 ** 70), hex(2 ** 64 - 1), oct(511))
print(int(bin(42), 2), int(hex(42), 16), int(oct(42), 8), int("0b1010", 0), int("0X1f", 0))
print(format(10, "b"), format(10, "#010b"), format(255, "02x"), format(255, "#06X"), format(8, "o"))
print(f"{0xDEAD:x} {0o777} {0b1111_0000} {1_000_000}")


def caesar(text, shift):
    out = []
    for ch in text:
        if ch.isupper():
            out.append(chr((ord(ch) - 65 + shift) % 26 + 65))
        elif ch.islower():
            out.append(chr((ord(ch) - 97 + shift) % 26 + 97))
        else:
            out.append(ch)
    return "".join(out)


enc = caesar("Hello, World!", 3)
print(enc, caesar(enc, -3))
print(" ".join(f"{ord(c):02x}" for c in "Hi!"), bytes.fromhex("486921").decode())
print(" ".join(format(b, "08b") for b in "AB".encode()))
print(sum(ord(c) for c in "checksum") % 256)
print(bin(0b1100 & 0b1010), bin(0b1100 | 0b1010), bin(0b1100 ^ 0b1010), bin(~0b1100 & 0xF))
print(hex(int.from_bytes(b"\x12\x34", "big")), bin(255).count("1"), len(bin(1000)) - 2)
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)


class Idx:
    def __index__(self):
        return 42


print(bin(Idx()), hex(Idx()), oct(Idx()), list(range(50))[Idx()])
print(chr(0x41).lower(), ord(chr(1234)) == 1234, "\u0041", "\N{GREEK SMALL LETTER ALPHA}", "\x41\101")
