import struct
print(struct.pack("<q", -1))
print(struct.pack("<Q", 2**64 - 1))
print(struct.unpack("<q", b"\xff" * 8))
print(struct.unpack("<Q", b"\xff" * 8))
print(struct.unpack(">i", b"\x80\x00\x00\x00"))
print(struct.unpack(">I", b"\x80\x00\x00\x00"))
print(struct.pack(">h", -2))
print(struct.unpack("<bB", b"\xfe\xfe"))
