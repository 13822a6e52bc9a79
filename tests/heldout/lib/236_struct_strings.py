import struct
print(struct.pack("5s", b"ab"))
print(struct.pack("2s", b"abcdef"))
print(struct.unpack("3s2s", b"abcde"))
print(struct.pack("<?", True), struct.pack("<?", 0))
print(struct.unpack("<??", b"\x00\x05"))
print(struct.pack("c", b"z"))
print(struct.unpack("3c", b"xyz"))
print(struct.pack("<4p", b"ab"))
