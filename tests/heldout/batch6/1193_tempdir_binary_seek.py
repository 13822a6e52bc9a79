import os
import struct
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "records.bin")
    records = [(1, 3.5, b"alpha"), (2, -1.25, b"beta"), (3, 100.0, b"gamma")]
    fmt = "<id8s"
    size = struct.calcsize(fmt)
    with open(path, "wb") as f:
        f.write(b"RECS")
        f.write(struct.pack("<H", len(records)))
        for r in records:
            f.write(struct.pack(fmt, *r))
    print("file size:", os.path.getsize(path), "record size:", size)
    with open(path, "rb") as f:
        magic = f.read(4)
        (count,) = struct.unpack("<H", f.read(2))
        print(magic, count, f.tell())
        f.seek(6 + size * 2)
        rid, val, name = struct.unpack(fmt, f.read(size))
        print(rid, val, name.rstrip(b"\x00"))
        f.seek(-size, os.SEEK_END)
        print(struct.unpack(fmt, f.read(size))[0])
        f.seek(6)
        f.seek(size, os.SEEK_CUR)
        print(struct.unpack(fmt, f.read(size))[2].rstrip(b"\0"), f.tell())
        print(f.read(), f.read(10))
    with open(path, "r+b") as f:
        f.seek(6 + 4)
        f.write(struct.pack("<d", 9.75))
    with open(path, "rb") as f:
        f.seek(6)
        print(struct.unpack(fmt, f.read(size)))
    blob = os.path.join(tmp, "blob.dat")
    with open(blob, "wb") as f:
        f.write(bytes(range(256)))
    with open(blob, "rb") as f:
        chunks = iter(lambda: f.read(100), b"")
        print([len(c) for c in chunks])
    with open(blob, "rb") as f:
        buf = bytearray(16)
        n = f.readinto(buf)
        print(n, buf.hex())
        print(f.seekable(), f.readable(), f.writable(), f.mode)
    with open(blob, "ab") as f:
        print(f.tell())
        f.write(b"\xff")
    print(os.path.getsize(blob))
    with open(blob, "rb") as f:
        data = f.read()
    print(data[-2:], data.count(b"\xff"))
    try:
        with open(blob, "rb") as f:
            f.write(b"x")
    except OSError as e:
        print(type(e).__name__)
    with open(blob, "rb") as f:
        lines = f.readlines()
    print(len(lines), lines[0][-1:], type(lines[0]).__name__)
