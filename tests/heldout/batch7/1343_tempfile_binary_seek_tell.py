import os
import struct
import tempfile

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "data.bin")
    with open(path, "wb") as f:
        print(f.write(b"HDR1"), f.tell())
        for i in range(5):
            f.write(struct.pack("<Ih", i * 1000, -i))
        print(f.tell())
    with open(path, "rb") as f:
        print(f.read(4))
        rec = struct.calcsize("<Ih")
        f.seek(4 + 2 * rec)
        print(f.tell(), struct.unpack("<Ih", f.read(rec)))
        f.seek(-rec, os.SEEK_END)
        print(struct.unpack("<Ih", f.read()))
        f.seek(-rec, os.SEEK_CUR)
        print(f.tell())
        f.seek(0)
        print(len(f.read()), f.read(), f.read(5))
    with open(path, "r+b") as f:
        f.seek(4)
        f.write(struct.pack("<Ih", 77, 7))
        f.seek(0, os.SEEK_END)
        f.write(b"END")
    with open(path, "rb") as f:
        blob = f.read()
    print(len(blob), blob[:4], struct.unpack_from("<Ih", blob, 4), blob[-3:])
    with open(path, "rb") as f:
        chunks = []
        while chunk := f.read(10):
            chunks.append(len(chunk))
    print(chunks)
    with open(path, "ab") as f:
        print(f.tell())
        f.write(b"!")
    print(os.path.getsize(path))
    with open(path, "rb", buffering=0) as f:
        ba = bytearray(6)
        print(f.readinto(ba), bytes(ba))
    with open(path, "rb") as f:
        f.seek(1000)
        print(f.read(), f.tell())
        try:
            f.seek(-1)
        except (OSError, ValueError) as e:
            print("negative seek:", type(e).__name__)
        try:
            f.write(b"x")
        except OSError as e:
            print("write to read-only:", type(e).__name__)
