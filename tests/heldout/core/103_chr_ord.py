print(ord("A"), ord("a"), ord("€"), ord("\n"), ord("😀"))
print(chr(65), chr(97), chr(8364), repr(chr(10)), chr(128512))
print("".join(chr(ord(c) + 1) for c in "HAL"))
try:
    ord("ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    chr(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    chr(0x110000)
except ValueError as e:
    print(type(e).__name__, e)
print(len("😀"), len("😀".encode("utf-8")), len("€".encode("utf-16-le")))
print("\u00e9" == "é", "\N{GREEK SMALL LETTER ALPHA}", "\x41\101")
