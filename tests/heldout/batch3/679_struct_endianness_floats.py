import struct
for fmt in ("<i", ">i", "<h", ">h"):
    print(fmt, struct.pack(fmt, 258).hex())
print(struct.unpack("<i", b"\x01\x02\x03\x04")[0], struct.unpack(">i", b"\x01\x02\x03\x04")[0])
print(struct.pack(">f", 3.14).hex(), round(struct.unpack(">f", struct.pack(">f", 3.14))[0], 5))
print(struct.pack(">d", -2.5).hex())
bits = struct.unpack(">Q", struct.pack(">d", 1.0))[0]
print(hex(bits), bits >> 52)
print(struct.unpack("<f", struct.pack("<f", float("inf"))))
print(struct.pack("<d", 1e308 * 10).hex())
print([round(x, 3) for x in struct.unpack("<3f", struct.pack("<3f", 0.1, 0.2, 0.3))])
