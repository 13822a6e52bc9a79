# Unicode strings and encodings
s = "na\u00efve caf\u00e9 \u65e5\u672c \U0001F600"
print(len(s), ascii(s))
enc = s.encode("utf-8")
print(len(enc), enc[:12])
print(enc.decode("utf-8") == s)
print(len(s.encode("utf-16-le")), len(s.encode("utf-32-le")))
print("\u00e9".encode("latin-1"), "\u00e9".encode("ascii", "replace"), "\u00e9".encode("ascii", "ignore"))
print("\u00e9x".encode("ascii", "xmlcharrefreplace"), "\u00e9".encode("ascii", "backslashreplace"))
try:
    "\u00e9".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e.encoding, e.start, e.end, e.reason)
try:
    b"\xe9t\xe9".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e.reason)
print(b"\xe9t\xe9".decode("latin-1") == "\u00e9t\u00e9", ascii(b"\xe9".decode("utf-8", "replace")))
print(ascii("STRASSE".lower()), ascii("\u00df".upper()), ascii("\u0130".lower()), len("\u0130".lower()))
print("\u00c9COLE".casefold() == "\u00e9cole", "\u00e9".isalpha(), "\u0663".isdigit(), int("\u0663\u0664"))
print([hex(ord(c)) for c in "A\u00e9\u20ac"], chr(0x1F600) == "\U0001F600")
print(ascii(sorted(["b", "\u00e9", "a", "Z"])), ascii(max("a\u00e9z")))
print("\N{GREEK SMALL LETTER ALPHA}" == "\u03b1", ascii("\N{EURO SIGN}"))
word = "\u03b1\u03b2\u03b3"
print(ascii(word.upper()), ascii(word[::-1]), word.isalpha(), word.isascii(), "abc".isascii())
e_acute = "\u00e9"
print(ascii(f"{e_acute:*^5}"), ascii("x\u00e9".center(6, "-")))
print("\t\n".isspace(), "\u2003".isspace(), "\u00a0".isspace())
