import struct
print(struct.pack("<d", 1.5))
print(struct.pack(">f", -2.0))
print(struct.unpack("<d", struct.pack("<d", 3.141592653589793)))
print(struct.unpack("<f", struct.pack("<f", 0.1))[0] == 0.1)
print(round(struct.unpack("<f", struct.pack("<f", 0.1))[0], 6))
print(struct.pack(">e", 1.0))
print(struct.unpack(">e", b"\x3c\x00"))
print(struct.unpack("<d", struct.pack("<d", float("inf"))))
