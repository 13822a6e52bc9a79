b = b"Hello\x00World\xff"
print(b, len(b), b[0], b[-1], b[1:5], b[::-1][:3])
print(list(b[:3]), bytes([72, 105]), bytes(3), bytes(range(65, 70)), bytes("héllo", "utf-8"))
print(b.hex(), b.hex(":"), bytes.fromhex("de ad be ef"), b"abc".hex("-", 1))
print(b"a,b,c".split(b","), b"  pad  ".strip(), b"abc".upper(), b"ABC".lower(), b"x".join([b"1", b"2", b"3"]))
print(b"hello".find(b"l"), b"hello".count(b"l"), b"hello".replace(b"l", b"L"), b"hello".startswith(b"he"))
print(b"abc" + b"def", b"ab" * 3, b"b" in b"abc", 98 in b"abc", b"abc" == b"abc", b"abc" < b"abd")
print(b"caf\xc3\xa9".decode("utf-8"), b"\xff\xfe".decode("latin-1"), b"bad\xff".decode("utf-8", "replace"))
print(b"bad\xff".decode("utf-8", "ignore"), b"bad\xff".decode("utf-8", "backslashreplace"))
try:
    b"bad\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e.reason, e.start, e.end)
try:
    "naïve".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
ba = bytearray(b"hello")
ba[0] = ord("J")
ba.append(33)
ba.extend(b" ok")
ba += b"!"
print(ba, len(ba), bytes(ba))
ba[1:3] = b"EE"
del ba[-1]
print(ba, ba.pop(), ba, ba.index(b"o"))
ba.insert(0, 62)
ba.reverse()
print(ba)
ba.remove(ord(" "))
print(ba, ba.isalpha(), bytearray(b"abc").isalpha(), bytearray(4))
try:
    ba[0] = 256
except ValueError as e:
    print("ValueError:", e)
try:
    b"abc"[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    bytes("x")
except TypeError as e:
    print("TypeError:", e)
print(b"%s=%d" % (b"key", 5), b"%5b|" % b"ab", b"%x" % 255)
print(bytearray(b"xyz").decode(), bytes(bytearray(b"q")), memoryview(b"abc")[1], bytes(memoryview(b"abcd")[1:3]))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), (1024).to_bytes(2, "big"), (-1).to_bytes(2, "big", signed=True))
print(b"Title words".title(), b"a\tb".expandtabs(4), b"abc".center(7, b"*"), b"12".zfill(4), b"  x".isspace())
print(b"one two".partition(b" "), b"k:v:w".rsplit(b":", 1), b"AbC".swapcase(), b"ab".isupper())
print(sorted(b"cab"), max(b"xyz"), sum(b"\x01\x02\x03"), bytes(reversed(b"abc")))
