b = b"hello"
print(b, b[0], b[1:3], list(b[:2]), len(b))
print(b.upper(), b.replace(b"l", b"L"), b.split(b"l"))
ba = bytearray(b"abc")
ba[0] = 65
ba.append(100)
ba.extend(b"ef")
print(ba, bytes(ba), len(ba))
print("héllo".encode("utf-8"), b"h\xc3\xa9llo".decode("utf-8"))
print(bytes([72, 105]), bytes(3), bytes.fromhex("de ad be ef"), b"\x00\xff".hex())
print(b"abc" + b"def", b"ab" * 3, b"b" in b"abc")
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e.reason)
print(b"\xff".decode("utf-8", errors="replace"), "é".encode("ascii", errors="ignore"))
print(b"  x ".strip(), b"a,b".split(b","), b"abc".startswith(b"ab"))
print(repr(b"\t\n'"), b"%d-%s" % (5, b"x"))
