import struct

rec = struct.Struct("<HfB")
readings = [(1, 20.5, 0), (2, 21.25, 1), (3, -3.75, 2), (4, 100.0, 0)]
blob = b"".join(rec.pack(*r) for r in readings)
print(len(blob), rec.size)
for sensor, value, flags in struct.iter_unpack("<HfB", blob):
    print(sensor, value, flags)
print([r for r in rec.iter_unpack(blob)][-1])
buf = bytearray(16)
struct.pack_into("<I", buf, 0, 0xDEADBEEF)
struct.pack_into(">H", buf, 4, 513)
struct.pack_into("3s", buf, 6, b"xyz")
print(buf)
print(struct.unpack_from("<I", buf), struct.unpack_from(">H", buf, offset=4), struct.unpack_from("3s", buf, 6))
rec.pack_into(buf, 9, 7, 1.5, 9)
print(rec.unpack_from(buf, 9), buf.hex())
mv = memoryview(buf)
print(struct.unpack_from("<I", mv, 0)[0] == 0xDEADBEEF)
try:
    list(struct.iter_unpack("<I", b"\x00" * 7))
except struct.error:
    print("struct.error: trailing partial record")
try:
    struct.pack_into("<Q", buf, 12, 1)
except struct.error:
    print("struct.error: pack_into past end")
print(buf[12:])
try:
    struct.unpack_from("<I", b"\x00\x01", 0)
except struct.error:
    print("struct.error: unpack_from short buffer")
pixels = bytes(range(12))
rgb = list(struct.iter_unpack("BBB", pixels))
print(rgb, [sum(p) // 3 for p in rgb])
table = struct.pack("<4i", 10, 20, 30, 40)
print(sum(v for (v,) in struct.iter_unpack("<i", table)))
