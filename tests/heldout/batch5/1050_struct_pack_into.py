# struct.pack_into / unpack_from with buffers and offsets
import struct
buf = bytearray(16)
struct.pack_into("<I", buf, 0, 0xAABBCCDD)
struct.pack_into(">H", buf, 4, 513)
struct.pack_into("<d", buf, 8, 2.5)
print(buf.hex())
print(struct.unpack_from("<I", buf), struct.unpack_from(">H", buf, 4), struct.unpack_from("<d", buf, offset=8))
print(struct.unpack_from("<B", buf, 3), struct.unpack_from("<4B", buf))
try:
    struct.pack_into("<Q", buf, 12, 1)
except struct.error as e:
    print(type(e).__name__, e)
try:
    struct.unpack_from("<I", buf, 14)
except struct.error as e:
    print(type(e).__name__, e)
hdr = struct.Struct("<HH")
packet = bytearray(hdr.size + 5)
hdr.pack_into(packet, 0, 0x1234, 5)
packet[hdr.size:] = b"hello"
kind, length = hdr.unpack_from(packet)
print(hex(kind), length, bytes(packet[hdr.size:hdr.size + length]))
mv = memoryview(bytearray(8))
struct.pack_into("<hh", mv, 2, -1, 300)
print(mv.tobytes(), struct.unpack_from("<hh", mv, 2))
print(struct.unpack_from("<h", b"\x00\x00\x10\x00", -2))
ro = b"\x01\x02\x03\x04"
try:
    struct.pack_into("<B", ro, 0, 9)
except TypeError as e:
    print(type(e).__name__)
print(struct.unpack_from("<2s", ro, 1))
