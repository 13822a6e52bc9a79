import struct
records = [(1, b"bolt", 0.25, 100), (2, b"nut", 0.1, 250), (3, b"washer", 0.05, 75)]
fmt = "<H8sfI"
size = struct.calcsize(fmt)
blob = b"".join(struct.pack(fmt, *r) for r in records)
print(size, len(blob))
for i in range(len(blob) // size):
    rid, name, price, qty = struct.unpack_from(fmt, blob, i * size)
    print(rid, name.rstrip(b"\0").decode(), round(price, 4), qty, round(price * qty, 2))
header = struct.pack(">HH", 0xCAFE, len(records))
magic, count = struct.unpack(">HH", header)
print(hex(magic), count)
