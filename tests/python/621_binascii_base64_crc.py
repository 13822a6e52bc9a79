# binascii: base64 both ways (non-strict decoding) and crc32.
import binascii

for data in [b'', b'a', b'ab', b'abc', b'abcd', bytes(range(256))[:40], b'\xff\xfe\xfd']:
    enc = binascii.b2a_base64(data)
    print(enc, binascii.b2a_base64(data, newline=False), binascii.a2b_base64(enc) == data)
for s in ['YWJj', 'YWJjZA==', 'YWJjZA=', 'YW=Jj', 'YW==Jj', b'Y!W\nJj', 'YW Jj ZA ==', '', '====', 'YQ==YQ==', 'Y=Q==']:
    try:
        print(repr(s), binascii.a2b_base64(s))
    except binascii.Error as e:
        print(repr(s), 'Error', e)
for s in ['YWJ', 'YWJjZ', 'a', 'abcde', 'Y===']:
    try:
        print(binascii.a2b_base64(s))
    except Exception as e:
        print(type(e).__name__, e)
for f in [
    lambda: binascii.b2a_base64('x'),
    lambda: binascii.b2a_base64(b'x', True),
    lambda: binascii.a2b_base64(3),
    lambda: binascii.crc32('x'),
]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(binascii.crc32(b'hello'), binascii.crc32(b'hello', 12345), binascii.crc32(b'hello', -1), binascii.crc32(b''))
print(binascii.crc32(b' world', binascii.crc32(b'hello')) == binascii.crc32(b'hello world'), binascii.crc32(bytearray(b'x' * 1000)))
print(binascii.crc32(b'abc', 2 ** 40 + 5))
