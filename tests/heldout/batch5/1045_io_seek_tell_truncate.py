# io seek/tell/truncate behaviour and a simple record file
import io
f = io.BytesIO()
records = [b"alpha", b"bravo", b"charlie", b"delta"]
offsets = []
for rec in records:
    offsets.append(f.tell())
    f.write(len(rec).to_bytes(2, "big") + rec)
print(offsets, f.tell())
def read_at(pos):
    f.seek(pos)
    n = int.from_bytes(f.read(2), "big")
    return f.read(n)
print([read_at(o) for o in reversed(offsets)])
f.seek(offsets[2])
f.truncate()
print(f.getvalue(), f.tell())
f.seek(100)
print(f.tell(), f.read())
f.write(b"Z")
print(len(f.getvalue()), f.getvalue()[-3:])
s = io.StringIO("0123456789")
print(s.seek(4), s.read(2), s.tell())
print(s.seek(0, io.SEEK_END), s.tell())
try:
    s.seek(-1, io.SEEK_END)
except (OSError, ValueError) as e:
    print(type(e).__name__)
try:
    s.seek(3, io.SEEK_CUR)
except OSError as e:
    print(type(e).__name__, e)
print(s.seek(0), s.truncate(3), s.getvalue(), s.tell())
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
b = io.BytesIO(b"hello world")
b.seek(6)
chunk = b.read(3)
b.seek(-3, io.SEEK_CUR)
b.write(chunk.upper())
print(b.getvalue())
print(b.truncate(0), b.getvalue(), b.tell())
