import struct
buf = bytearray(12)
struct.pack_into("<I", buf, 0, 0xDEADBEEF)
struct.pack_into(">H", buf, 4, 0x1234)
struct.pack_into("<bb", buf, 10, -1, 1)
print(buf)
print(struct.unpack_from("<I", buf, 0))
print(struct.unpack_from(">H", buf, offset=4))
print(struct.unpack_from("<bb", buf, 10))
try:
    struct.pack_into("<I", buf, 10, 1)
except struct.error as e:
    print("struct.error", e)
