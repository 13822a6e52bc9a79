# a binary parser that hits an uncaught struct.error on truncated input
import struct
HEADER = struct.Struct("<4sBH")
def parse(blob):
    magic, version, count = HEADER.unpack_from(blob)
    print(f"magic={magic!r} version={version} count={count}")
    values = []
    offset = HEADER.size
    for i in range(count):
        (v,) = struct.unpack_from("<i", blob, offset)
        values.append(v)
        offset += 4
    return values
good = HEADER.pack(b"DATA", 1, 3) + struct.pack("<3i", 10, -20, 30)
print(parse(good))
truncated = HEADER.pack(b"DATA", 2, 4) + struct.pack("<2i", 1, 2)
print(parse(truncated))
