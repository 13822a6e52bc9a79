# base64 Base85/Ascii85 and more binascii
import base64, binascii
for data in [b'', b'h', b'hello world', b'\x00\x00\x00\x00', b'    ', bytes(range(10))]:
    e85 = base64.b85encode(data)
    a85 = base64.a85encode(data)
    print(e85, base64.b85decode(e85) == data, a85, base64.a85decode(a85) == data)
print(base64.b85encode(b'abc', pad=True), base64.a85encode(b'Man is', adobe=True), base64.a85encode(b'    x', foldspaces=True))
print(base64.a85decode(b'<~9jqo^~>', adobe=True), base64.a85decode(b'z 9jqo^'), base64.a85encode(b'abcdefgh' * 3, wrapcol=10))
for bad in [lambda: base64.b85decode(b'|||||'), lambda: base64.b85decode(b'ab"'), lambda: base64.a85decode(b'v')]:
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__, e)
print(binascii.crc_hqx(b'123456789', 0xFFFF), binascii.crc_hqx(b'', 0), binascii.crc_hqx(b'abc', 0x1234))
print(binascii.b2a_hex(b'\x01\x02\x03\x04', '-', 2), binascii.hexlify(b'\xab\xcd\xef', b':'), binascii.b2a_hex(b'abcdef', ' ', -4))
print(binascii.b2a_qp(b'caf\xe9 = ok'), binascii.b2a_qp(b'a b \nc\t\n'), binascii.b2a_qp(b'x y_z', header=True))
print(binascii.a2b_qp(b'caf=E9=3D=\nok'), binascii.a2b_qp(b'a_b=41', header=True))
print(binascii.b2a_uu(b'uu data'), binascii.a2b_uu(binascii.b2a_uu(b'uu data')), binascii.b2a_uu(b'', backtick=True))
for x in [b'=abc', b'ab=c', b'abc=', b'ab==c', b'a$bc', b'YWJj']:
    try:
        print(binascii.a2b_base64(x, strict_mode=True))
    except binascii.Error as e:
        print('Error', e)
