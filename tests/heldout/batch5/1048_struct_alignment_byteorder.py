# struct byte orders, native alignment and padding
import struct
value = 0x01020304
for prefix in "<>!":
    print(repr(prefix), struct.pack(prefix + "I", value))
print(struct.calcsize("<bi"), struct.calcsize("=bi"), struct.calcsize(">bi"))
print(struct.calcsize("@bi") >= 5, struct.calcsize("@bi") % 4 == 0)
print(struct.calcsize("<hbq"), struct.calcsize("<3h2i"))
little = struct.pack("<HH", 1, 2)
big = struct.pack(">HH", 1, 2)
print(little, big, little == big, little[::-1] == struct.pack(">HH", 2, 1))
print(struct.unpack("<H", big[:2]), struct.unpack(">H", big[:2]))
n = struct.unpack("!i", b"\xff\xff\xff\xfe")[0]
print(n, struct.pack("<i", n))
def swap32(x):
    return struct.unpack("<I", struct.pack(">I", x))[0]
print(hex(swap32(0x12345678)), hex(swap32(swap32(0xCAFEBABE))))
header = struct.pack(">4sHHI", b"RIFF", 1, 2, 1024)
magic, major, minor, size = struct.unpack(">4sHHI", header)
print(magic, major, minor, size, len(header))
print(struct.pack("<10s", "hi".encode()), struct.pack("<0s", b"abc"))
print(struct.calcsize("<10x"), struct.pack("<2xh", 5))
f = struct.unpack("<d", struct.pack("<d", float("inf")))[0]
nan = struct.unpack("<d", struct.pack("<d", float("nan")))[0]
print(f, nan != nan, struct.pack(">d", 1.0), struct.pack(">f", -0.0))
