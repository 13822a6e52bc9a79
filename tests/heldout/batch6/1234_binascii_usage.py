import binascii
import base64

data = b"Hello, binascii!"
h = binascii.hexlify(data)
print(h, binascii.unhexlify(h), binascii.hexlify(data, "-", 4), binascii.b2a_hex(b"\x00\xff"))
print(binascii.a2b_hex("deadbeef"), binascii.unhexlify(b"CAFE"))
try:
    binascii.unhexlify("abc")
except binascii.Error as e:
    print("binascii.Error:", e)
try:
    binascii.unhexlify("zz")
except binascii.Error as e:
    print("binascii.Error:", e)
b64 = binascii.b2a_base64(data)
print(b64, binascii.a2b_base64(b64), binascii.b2a_base64(b"x", newline=False))
print(binascii.crc32(b"hello"), binascii.crc32(b"hello world"), binascii.crc32(b"world", binascii.crc32(b"hello ")))
print(hex(binascii.crc32(b"")), binascii.crc_hqx(b"hello", 0))
print(base64.b64encode(b"any carnal pleas"), base64.b64encode(b"any carnal pleasu"), base64.b64encode(b"any carnal pleasur"))
print(base64.b64decode("aGVsbG8="), base64.urlsafe_b64encode(b"\xfb\xff\xfe"), base64.b64encode(b"\xfb\xff\xfe"))
print(base64.b32encode(b"abc"), base64.b16encode(b"\x01\xab"), base64.b16decode("01AB"))
print(base64.b85encode(b"hello"), base64.a85encode(b"hello"))
try:
    base64.b64decode("abc")
except binascii.Error as e:
    print("binascii.Error:", e)
print(base64.b64decode("YWJj", validate=True), issubclass(binascii.Error, ValueError))
payload = bytes(range(0, 256, 17))
print(binascii.hexlify(payload).decode(), base64.b64decode(base64.b64encode(payload)) == payload)
print(binascii.b2a_qp(b"caf\xc3\xa9 = ok"), binascii.a2b_qp(b"caf=C3=A9"))
