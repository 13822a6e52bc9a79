# struct.Struct objects and iter_unpack
import struct
rec = struct.Struct("<I8sf")
print(rec.format, rec.size)
rows = [(1, b"alice", 3.5), (2, b"bob", -1.25), (3, b"carol", 100.0)]
blob = b"".join(rec.pack(*r) for r in rows)
print(len(blob))
for ident, name, score in rec.iter_unpack(blob):
    print(ident, name.rstrip(b"\x00").decode(), score)
print(list(struct.iter_unpack("<h", b"\x01\x00\x02\x00\xff\xff")))
try:
    list(struct.iter_unpack("<i", b"\x00" * 6))
except struct.error as e:
    print(type(e).__name__, e)
point = struct.Struct(">hh")
data = point.pack(-3, 7)
print(data, point.unpack(data), point.unpack_from(b"\x00" + data, 1))
it = point.iter_unpack(data * 3)
print(type(it).__name__, next(it), len(list(it)))
s2 = struct.Struct("3s")
print(s2.pack(b"abcdef"), s2.size, struct.Struct("@i").size > 0)
pairs = [(i, i * i) for i in range(5)]
pk = struct.Struct("<BH")
stream = b"".join(pk.pack(*p) for p in pairs)
print(stream.hex())
print([pk.unpack_from(stream, off) for off in range(0, len(stream), pk.size)][-2:])
print(sum(b for _, b in pk.iter_unpack(stream)))
