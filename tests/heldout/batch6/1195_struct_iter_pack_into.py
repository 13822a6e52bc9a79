import struct

points = [(1, 2), (3, 4), (-5, 6)]
blob = b"".join(struct.pack("<hh", x, y) for x, y in points)
print(blob.hex(), len(blob))
print(list(struct.iter_unpack("<hh", blob)))
rec = struct.Struct("<Bf")
stream = rec.pack(1, 0.5) + rec.pack(2, -2.25)
print([(i, round(v, 3)) for i, v in rec.iter_unpack(stream)])
buf = bytearray(12)
struct.pack_into("<I", buf, 0, 0xDEADBEEF)
struct.pack_into(">H", buf, 4, 513)
struct.pack_into("<3s", buf, 6, b"xyz")
print(buf.hex(), buf)
print(struct.unpack_from("<I", buf), struct.unpack_from(">H", buf, 4), struct.unpack_from("3s", buf, offset=6))
hdr = struct.Struct(">BBH")
out = bytearray(hdr.size * 3)
for i, (a, b, c) in enumerate([(1, 2, 3), (4, 5, 600), (7, 8, 65535)]):
    hdr.pack_into(out, i * hdr.size, a, b, c)
print(out.hex())
print([hdr.unpack_from(out, off) for off in range(0, len(out), hdr.size)])
try:
    list(struct.iter_unpack("<h", b"\x01\x02\x03"))
except struct.error as e:
    print("struct.error:", e)
try:
    struct.pack_into("<I", bytearray(2), 0, 1)
except struct.error as e:
    print("struct.error:", e)
try:
    struct.pack_into("<I", b"immutable", 0, 1)
except TypeError as e:
    print("TypeError")
try:
    struct.unpack_from("<I", b"\x00\x00\x00\x00", 2)
except struct.error as e:
    print("struct.error:", e)
mv = memoryview(bytearray(8))
struct.pack_into("<d", mv, 0, 3.25)
print(struct.unpack("<d", mv.tobytes()))


def parse_tlv(data):
    pos = 0
    items = []
    while pos < len(data):
        t, l = struct.unpack_from("<BB", data, pos)
        pos += 2
        items.append((t, bytes(data[pos:pos + l])))
        pos += l
    return items


tlv = struct.pack("<BB3s", 1, 3, b"abc") + struct.pack("<BBH", 2, 2, 500) + struct.pack("<BB", 9, 0)
print(parse_tlv(tlv))
