# error case: uncaught struct.error when packing an out-of-range value
import struct
values = [1, 300, 65535, 70000, 2]
out = bytearray()
fmt = '>H'
print('format', fmt, 'size', struct.calcsize(fmt))
for v in values:
    print('packing', v)
    chunk = struct.pack(fmt, v)
    print('  bytes', chunk.hex())
    out += chunk
    print('  total bytes', len(out))
    back = struct.unpack_from(fmt, out, len(out) - 2)[0]
    print('  read back', back)
print('not reached')
