# bytes and bytearray
b = b"hello world"
print(b.upper(), b.split(), b.replace(b"o", b"0"), b.find(b"wor"), b.count(b"l"))
print(b[0], b[1:5], b[-1:], list(b[:3]), b.hex(), b.hex(':'))
print(bytes.fromhex('de ad be ef'), bytes(3), bytes([65, 66, 67]), bytes(range(5)))
print(b"abc" + b"def", b"ab" * 3, b"a" in b"cat", 97 in b"cat")
print(b.decode(), "caf\u00e9".encode('utf-8'), "caf\u00e9".encode('latin-1'))
print(b.startswith(b"hell"), b.strip(b"hd"), b"  x ".strip(), b.title())
print(b"-".join([b"a", b"b"]), b.partition(b" "), b.isalpha(), b"123".isdigit())
ba = bytearray(b"abc")
ba.append(100)
ba.extend(b"ef")
ba[0] = 65
print(ba, len(ba), ba.pop(), ba)
ba.insert(1, 120)
del ba[2]
print(ba, bytes(ba), ba.decode())
ba[1:3] = b"XYZW"
print(ba)
ba.reverse()
print(ba, ba.index(ord('Z')))
ba2 = bytearray(4)
ba2[:] = b'\x01\x02\x03\x04'
print(ba2, sum(ba2), max(ba2))
try:
    ba2[0] = 256
except ValueError as e:
    print(type(e).__name__, e)
try:
    b[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"\xff".decode('utf-8')
except UnicodeDecodeError as e:
    print(type(e).__name__, e.start, e.end, e.reason)
print(ascii(b"\xff".decode('utf-8', errors='replace')), b"\xffA".decode('ascii', 'ignore'))
print(memoryview(b"abcdef")[1:4].tobytes(), bytes(memoryview(ba2)[::2]))
print(repr(b'\x00\n\t\\\'"'), b'abc' < b'abd', b'' == bytes())
