# struct: s, p, c, x and ? items, repeat counts.
import struct

print(struct.pack('5s', b'abc'), struct.pack('2s', b'abcdef'), struct.pack('0s', b'abc'), struct.pack('s', bytearray(b'zz')))
print(struct.unpack('5s', b'ab\x00cd'), struct.unpack('0s', b''))
print(struct.pack('5p', b'abcdefg'), struct.pack('5p', b'ab'), struct.pack('p', b'ab'), struct.pack('1p', b''))
print(struct.unpack('5p', b'\x09abcd'), struct.unpack('5p', b'\x02abcd'), struct.unpack('p', b'\x05'))
print(struct.pack('300p', b'x' * 400)[:3], len(struct.pack('300p', b'x' * 400)))
print(struct.pack('3c', b'a', b'b', b'c'), struct.unpack('3c', b'xyz'), struct.unpack('c', b'\xff'))
print(struct.pack('2x3s', b'ab'), struct.pack('b3xb', 1, 2), struct.unpack('b3xb', b'\x01\x00\x00\x00\x02'))
print(struct.calcsize('2x3s'), struct.calcsize('10s'), struct.calcsize('10p'), struct.calcsize('c10x'))
print(struct.pack('<5sh2c', b'hello', -2, b'!', b'?'))
print(struct.unpack('<5sh2c', b'hello\xfe\xff!?'))
print(struct.pack('i4si', 1, b'abcd', 2))
print(struct.pack('c3s0i', b'x', b'yz'), struct.calcsize('c3s0i'))
print(struct.pack('10s', 'abc'.encode()), struct.pack('?', 2), struct.pack('2?', True, None))
