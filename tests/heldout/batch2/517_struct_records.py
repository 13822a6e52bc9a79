import struct
REC = struct.Struct("<I8sf?")
people = [(1, b"alice", 1.5, True), (2, b"bob", 2.25, False), (3, b"carolina-x", -0.5, True)]
blob = b"".join(REC.pack(*p) for p in people)
print(len(blob), REC.size, len(blob) // REC.size)
for rid, name, score, flag in REC.iter_unpack(blob):
    print(rid, name.rstrip(b"\x00").decode(), score, flag)
print(struct.pack("!H", 80).hex(), struct.pack("@B", 7), struct.calcsize("<bi"), struct.calcsize("<ib"))
hdr = struct.pack(">2sBH", b"HX", 3, 1024)
magic, ver, size = struct.unpack(">2sBH", hdr)
print(magic, ver, size, hdr)
print(struct.unpack("<3B", bytes([1, 2, 3])), struct.pack("<e", 1.0).hex())
