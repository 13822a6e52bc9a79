b = b"hello"
print(b, b[0], b[1:3], len(b))
print(list(b"abc"))
print(b"abc" + b"def", b"ab" * 3)
print(b.upper(), b.replace(b"l", b"L"), b.split(b"l"))
print("héllo".encode("utf-8"), "héllo".encode("latin-1"))
print(b"h\xc3\xa9llo".decode("utf-8"))
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)))
print(b.hex(), bytes.fromhex("48 69"))
print(b"x" in b"xyz", 120 in b"xyz")
print(b"abc".find(b"c"), b"  x ".strip())
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    bytes([256])
except ValueError as e:
    print(type(e).__name__, e)
print(b"\xff".decode("utf-8", errors="replace"), "é".encode("ascii", errors="ignore"))
print(repr(b"\x00\n\t'\""))
