# struct: pack_into, unpack_from, iter_unpack and Struct objects.
import struct

buf = bytearray(12)
struct.pack_into('<hi', buf, 2, 513, -1)
print(buf)
struct.pack_into('>H', buf, -2, 0xabcd)
print(buf, struct.pack_into('b', buf, 0, 5), buf[0])
print(struct.unpack_from('<hi', buf, 2), struct.unpack_from('<h', buf), struct.unpack_from('>H', buf, -2))
print(struct.unpack_from('<h', buffer=b'\x01\x02'), struct.unpack_from('<h', b'\x00\x01\x02', offset=1))
for c in [
    lambda: struct.unpack_from('i', b'abcde', 2),
    lambda: struct.unpack_from('i', b'abcde', 9),
    lambda: struct.unpack_from('i', b'abcde', -9),
    lambda: struct.unpack_from('i', b'abcdefgh', -2),
    lambda: struct.unpack_from('i', b'abcd', 1.0),
    lambda: struct.unpack_from('i', b'abcd', bad=1),
    lambda: struct.unpack_from(),
    lambda: struct.unpack_from('i'),
    lambda: struct.pack_into('i', bytearray(5), 2, 1),
    lambda: struct.pack_into('i', bytearray(5), 9, 1),
    lambda: struct.pack_into('i', bytearray(8), -2, 1),
    lambda: struct.pack_into('i', bytearray(8), -9, 1),
    lambda: struct.pack_into('i', bytes(5), 0, 1),
    lambda: struct.pack_into('i'),
    lambda: struct.pack_into('i', bytearray(4)),
    lambda: struct.pack_into('i', bytearray(4), 0),
    lambda: struct.pack_into('ii', bytearray(8), 0, 1),
    lambda: struct.pack_into(),
]:
    try:
        print(c())
    except Exception as e:
        print(type(e).__name__, e)

print(list(struct.iter_unpack('<h', b'\x01\x00\x02\x00\x03\x00')))
it = struct.iter_unpack('>2B', b'abcd')
print(next(it), next(it))
try:
    next(it)
except StopIteration:
    print('done')
print(list(struct.iter_unpack('i', b'')))

s = struct.Struct('<hi')
print(s.format, s.size, type(s).__name__, type(s).__module__)
print(s.pack(1, 2), s.unpack(b'\x01\x00\x02\x00\x00\x00'))
b = bytearray(8)
s.pack_into(b, 1, -1, -2)
print(b, s.unpack_from(b, 1), s.unpack_from(b'\x00' * 7, offset=1))
print(list(struct.Struct('B').iter_unpack(b'xyz')))
print(struct.Struct(b'>q').format, struct.Struct('10s').size)
try:
    s.pack(1)
except struct.error as e:
    print('error', e)
try:
    struct.Struct('y')
except struct.error as e:
    print('error', e)
