# struct: integer formats, byte orders, native alignment and calcsize.
import struct

for order in ['', '@', '=', '<', '>', '!']:
    for code in 'bBhHiIlLqQ':
        f = order + code
        lo = -(2 ** (8 * struct.calcsize(f) - 1)) if code.islower() else 0
        hi = 2 ** (8 * struct.calcsize(f) - (1 if code.islower() else 0)) - 1
        for v in (lo, hi, 0, 1, -1 if code.islower() else 2):
            b = struct.pack(f, v)
            assert struct.unpack(f, b) == (v,), (f, v)
        print(f, struct.calcsize(f), struct.pack(f, hi), struct.pack(f, lo))

print(struct.pack('nN', -5, 2 ** 64 - 1), struct.calcsize('nNP'))
print(struct.unpack('nN', struct.pack('nN', -5, 2 ** 64 - 1)))
print(struct.pack('P', 4096), struct.unpack('P', b'\x01' * 8))
print(struct.pack('>hhl', 1, 2, 3), struct.pack('<hhl', 1, 2, 3))
print(struct.pack('hhl', 1, 2, 3), struct.calcsize('hhl'))
for f in ['@bhiqd', '=bhiqd', 'cx0i', 'bi0q', 'e?', 'ci', 'ic', 'bq', '3h2q', '0i', '', '@', '<', 'hi hq']:
    print(repr(f), struct.calcsize(f))
print(struct.pack('@bi', 1, 2), struct.pack('<bi', 1, 2), struct.pack('>bi', 1, 2))
print(struct.unpack('>I', b'\xde\xad\xbe\xef'), struct.unpack('<I', b'\xde\xad\xbe\xef'))
print(struct.unpack('<q', b'\xff' * 8), struct.unpack('<Q', b'\xff' * 8))
print(struct.pack('3i', 1, 2, 3), struct.unpack('<3H', b'\x01\x00\x02\x00\x03\x00'))
print(struct.pack(b'<h', 258), struct.pack('<i', True), struct.pack('< h  i ', 1, 2))


class Idx:
    def __index__(self):
        return 7


print(struct.pack('<h', Idx()), struct.pack('<?', Idx()))
print(struct.pack('?' * 6, 0, 1, [], [0], '', 'x'), struct.unpack('??', b'\x00\x05'))
