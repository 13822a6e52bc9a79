import struct

header_fmt = ">4sHHI"
print(struct.calcsize(header_fmt), struct.calcsize("<4sHHI"), struct.calcsize("@bI") >= 5)
hdr = struct.pack(header_fmt, b"PNG1", 2, 7, 123456)
print(hdr, len(hdr))
print(struct.unpack(header_fmt, hdr))
for fmt in ["<i", ">i", "<H", ">Q", "<d", ">f", "<?", ">b", "<h"]:
    print(fmt, struct.calcsize(fmt))
print(struct.pack("<i", -2), struct.pack(">i", -2), struct.pack("<H", 0xABCD), struct.pack(">H", 0xABCD))
print(struct.pack("<d", 1.5), struct.unpack("<d", struct.pack("<d", 0.1))[0])
print(struct.unpack(">f", struct.pack(">f", 0.1))[0], struct.pack(">f", 1.0))
print(struct.pack("!I", 1) == struct.pack(">I", 1), struct.pack("=B", 255))
print(struct.pack("<3B", 1, 2, 3), struct.unpack("<3B", b"\x01\x02\x03"))
print(struct.pack("5s", b"ab"), struct.pack("2s", b"abcdef"), struct.unpack("5s", b"hi\x00\x00\x00"))
print(struct.pack("<?x?", True, False), struct.pack("<c", b"Z"), struct.unpack("<2c", b"AB"))
print(struct.pack("<q", -1), struct.unpack("<Q", b"\xff" * 8))
name, age, score = struct.unpack("<10sBf", struct.pack("<10sBf", b"alice", 30, 91.5))
print(name.rstrip(b"\x00").decode(), age, score)
s = struct.Struct("<hhl")
print(s.size, s.format, s.pack(1, 2, 3), s.unpack(s.pack(-1, -2, -3)))
print(struct.pack(">e", 1.5), struct.unpack(">e", b"\x3c\x00"))
ip = struct.unpack("!I", bytes([192, 168, 1, 10]))[0]
print(ip, ".".join(str(b) for b in struct.pack("!I", ip)))
