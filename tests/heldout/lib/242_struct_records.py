import struct
from collections import namedtuple
Rec = namedtuple("Rec", "id score flag")
fmt = "<Hf?"
recs = [Rec(1, 2.5, True), Rec(2, -1.25, False), Rec(300, 0.0, True)]
blob = b"".join(struct.pack(fmt, *r) for r in recs)
print(len(blob), struct.calcsize(fmt))
for t in struct.iter_unpack(fmt, blob):
    print(Rec._make(t))
print(struct.pack(">BBBB", *b"\x01\x02\x03\x04").hex())
print(struct.pack("<3B", 1, 2, 3).hex("-"))
