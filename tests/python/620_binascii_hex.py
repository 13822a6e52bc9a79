# binascii: hexlify/unhexlify with separators, and their errors.
import binascii

print(binascii.hexlify(b'\x01\x02\x03'), binascii.b2a_hex(bytearray(b'ab')), binascii.hexlify(b''))
print(binascii.hexlify(b'\x01\x02\x03', '-', 2), binascii.hexlify(b'\x01\x02\x03', '-', -2))
print(binascii.hexlify(b'\x01\x02\x03\x04\x05', b':'), binascii.hexlify(b'abcdef', sep=' ', bytes_per_sep=4))
print(binascii.b2a_hex(b'ab', sep='|', bytes_per_sep=1), binascii.hexlify(b'ab', '-', 0), binascii.hexlify(b'a', bytes_per_sep=2))
print(binascii.unhexlify('48656c6c6f'), binascii.a2b_hex(b'AbCd'), binascii.unhexlify(bytearray(b'00ff')), binascii.unhexlify(''))
for f in [
    lambda: binascii.hexlify('ab'),
    lambda: binascii.hexlify(b'ab', '--'),
    lambda: binascii.hexlify(),
    lambda: binascii.hexlify(b'ab', x=1),
    lambda: binascii.unhexlify('abc'),
    lambda: binascii.unhexlify('zz'),
    lambda: binascii.unhexlify('\xe91'),
    lambda: binascii.unhexlify(5),
    lambda: binascii.a2b_hex(b'0g'),
]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(binascii.Error.__mro__, binascii.Incomplete.__mro__)
try:
    binascii.unhexlify('1')
except ValueError as e:
    print('ValueError caught', repr(e))
binascii.unhexlify('123')
