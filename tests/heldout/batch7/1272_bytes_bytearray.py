packet = b"\x02HDR:len=5;data=hello\x03"
print(packet[0], packet[-1], packet[1:4], len(packet))
body = packet[1:-1]
header, _, payload = body.partition(b";data=")
print(header, payload, payload.decode("ascii").upper())
print(body.split(b";"), body.startswith(b"HDR"), body.find(b"len"), body.count(b"l"))
print(bytes(5), bytes([65, 66, 67]), bytes("héllo", "utf-8"), "héllo".encode("latin-1"))
print(b"abc".hex(), bytes.fromhex("de ad be ef"), b"\xde\xad".hex(":"), b"abc".hex("-", 1))
print(b"Hello".upper(), b"  x ".strip(), b"a-b-c".replace(b"-", b"+"), b"abc"[::-1])
print(list(b"AZ"), b"A" in b"ABC", 66 in b"ABC", b"ab" * 3, b"x" + b"y")
try:
    b"abc" + "def"
except TypeError as e:
    print("TypeError:", e)
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e.reason, e.start, e.end)
print(b"\xff\xfeA".decode("utf-8", errors="replace"), b"\xffA".decode("utf-8", "ignore"))
print("naïve ☃".encode("ascii", "replace"), "naïve".encode("ascii", "xmlcharrefreplace"), "é".encode("ascii", "backslashreplace"))

buf = bytearray(b"hello world")
buf[0] = ord("H")
buf[6:11] = b"There"
buf.extend(b"!!")
buf.append(63)
print(buf, len(buf))
buf.insert(0, 62)
del buf[-3:]
print(buf, buf.pop(), buf)
buf.reverse()
print(buf, bytes(buf))
ba = bytearray(3)
ba[1:2] = b"xyz"
print(ba, ba.find(b"z"), ba.isalpha())
try:
    ba[0] = 256
except ValueError as e:
    print("ValueError:", e)
checksum = sum(packet) % 256
print(checksum, bytes([checksum]), int.from_bytes(b"\x01\x00", "little"), (1000).to_bytes(2, "big"))
print(b"%s=%d" % (b"n", 5), b"a,b".split(b","), bytearray(b"abc") == b"abc")
print(repr(b"\n\t\\'\""), bytes(range(0x20, 0x28)))
