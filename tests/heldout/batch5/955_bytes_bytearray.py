# bytes and bytearray
b = b"hello world"
print(b, len(b), b[0], b[-1], b[0:5], b[::-1])
print(b.upper(), b.split(), b.replace(b"o", b"0"), b.count(b"l"), b.find(b"wor"))
print(bytes(3), bytes([65, 66, 67]), bytes("caf\u00e9", "utf-8"), b"abc".hex())
print(bytes.fromhex("de ad be ef"), b"\x00\xff".hex("-"))
print(b"abc".decode(), b"caf\xc3\xa9".decode("utf-8") == "caf\u00e9")
ba = bytearray(b"abc")
ba.append(100)
ba.extend(b"ef")
ba[0] = 65
print(ba, len(ba), ba.pop(), ba)
ba.insert(1, 120)
print(ba, ba.remove(120), ba)
del ba[0:2]
print(ba, bytes(ba), ba * 2)
ba2 = bytearray(4)
ba2[1:3] = b"xyz"
print(ba2)
print(b"a" + b"b", b"ab" * 2, b"b" in b"abc", 98 in b"abc")
print(list(b"AB"), b"  x ".strip(), b"a,b".split(b","), b"-".join([b"x", b"y"]))
print(b"abc" == bytearray(b"abc"), b"abc" < b"abd")
try:
    b"abc"[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytes([256])
except ValueError as e:
    print(type(e).__name__, e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e.reason, e.start)
print(ascii(b"\xff".decode("utf-8", "replace")), ascii(b"\xff".decode("latin-1")))
print(repr(b"\n\t\x01'"), b"%d-%s" % (5, b"x"))
