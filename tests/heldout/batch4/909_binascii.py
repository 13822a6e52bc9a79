# binascii
import binascii
data = b'Hello, binascii!'
h = binascii.hexlify(data)
print(h, binascii.unhexlify(h), binascii.hexlify(b'\x01\xab', '-'), binascii.b2a_hex(b'\xff'))
print(binascii.unhexlify('DEADbeef'), binascii.a2b_hex(b'00ff'))
print(binascii.crc32(data), binascii.crc32(b''), binascii.crc32(b'world', binascii.crc32(b'hello ')) == binascii.crc32(b'hello world'))
print(format(binascii.crc32(b'The quick brown fox jumps over the lazy dog'), '08x'))
print(binascii.b2a_base64(data), binascii.b2a_base64(b'ab', newline=False), binascii.a2b_base64(b'SGk='))
print(binascii.crc_hqx(b'123456789', 0xFFFF))
for bad in ['abc', 'zz', b'0g']:
    try:
        binascii.unhexlify(bad)
    except (binascii.Error, ValueError) as e:
        print(type(e).__name__, e)
try:
    binascii.a2b_base64(b'abc', strict_mode=True)
except binascii.Error as e:
    print(type(e).__name__, e)
print(binascii.a2b_base64(b'YW Jj\nZA=='), binascii.b2a_qp(b'caf\xe9 = ok'), binascii.a2b_qp(b'caf=E9'))
print(issubclass(binascii.Error, ValueError), data.hex() == h.decode(), bytes.fromhex(h.decode()) == data)
print(binascii.b2a_uu(b'uu data'), binascii.a2b_uu(binascii.b2a_uu(b'uu data')))
