import struct
data = struct.pack("<" + "hh" * 4, 1, 2, 3, 4, 5, 6, -7, -8)
for item in struct.iter_unpack("<hh", data):
    print(item)
print(list(struct.iter_unpack(">B", b"\x01\x02\x03")))
try:
    list(struct.iter_unpack("<i", b"\x00" * 5))
except struct.error as e:
    print("struct.error", e)
