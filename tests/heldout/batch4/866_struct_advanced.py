# struct.Struct objects, iter_unpack, pack_into, errors
import struct
s = struct.Struct('<hI')
print(s.format, s.size)
packed = s.pack(-5, 70000)
print(packed, s.unpack(packed))
buf = bytearray(12)
s.pack_into(buf, 2, 1, 2)
print(buf)
print(s.unpack_from(buf, 2))
struct.pack_into('>H', buf, 0, 0xBEEF)
print(buf.hex())
records = struct.pack('<3h', 1, 2, 3) + struct.pack('<3h', 4, 5, 6)
print(list(struct.iter_unpack('<h', records)))
print(list(struct.iter_unpack('<hh', records[:8])))
pt = struct.Struct('<ff')
data = b''.join(pt.pack(x, y) for x, y in [(1.0, 2.0), (0.5, -1.25)])
print([p for p in pt.iter_unpack(data)])
errors = [
    lambda: struct.pack('<h', 40000),
    lambda: struct.pack('<B', -1),
    lambda: struct.pack('<i', 'x'),
    lambda: struct.unpack('<i', b'\x00\x00'),
    lambda: struct.pack('<hh', 1),
    lambda: struct.calcsize('<z'),
    lambda: list(struct.iter_unpack('<i', b'\x00' * 5)),
    lambda: struct.pack_into('<i', bytearray(2), 0, 1),
    lambda: struct.pack('<c', b'ab'),
]
for f in errors:
    try:
        f()
        print('no error')
    except struct.error as e:
        print('struct.error:', e)
print(issubclass(struct.error, Exception), struct.error.__name__)
print(struct.Struct('>I').unpack(bytes([0, 0, 1, 0])), struct.Struct('3s').pack(b'a'))
