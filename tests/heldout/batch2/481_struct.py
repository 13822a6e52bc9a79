import struct
packed = struct.pack("<HIb", 1, 2, -1)
print(packed, len(packed), struct.calcsize("<HIb"))
print(struct.unpack("<HIb", packed))
print(struct.pack(">I", 0x01020304), struct.pack("<I", 0x01020304))
print(struct.unpack(">hh", b"\xff\xfe\x00\x10"))
print(struct.pack("<d", 1.5).hex(), struct.unpack("<f", struct.pack("<f", 0.25)))
print(struct.pack("4s", b"ab"), struct.pack("?", True), struct.pack("<q", -2).hex())
hdr = struct.Struct("<4sHH")
data = hdr.pack(b"RIFF", 7, 65535)
print(hdr.size, hdr.unpack(data), hdr.format)
print(list(struct.iter_unpack("<H", b"\x01\x00\x02\x00\x03\x00")))
buf = bytearray(8)
struct.pack_into("<I", buf, 2, 0xAABBCCDD)
print(buf.hex(), struct.unpack_from("<I", buf, 2))
try:
    struct.pack("<B", 300)
except struct.error as e:
    print(type(e).__name__, e)
