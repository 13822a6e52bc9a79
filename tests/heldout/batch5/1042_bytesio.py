# io.BytesIO
import io
b = io.BytesIO()
b.write(b"\x00\x01binary")
b.write(bytes([255, 254]))
print(b.getvalue(), b.tell(), len(b.getvalue()))
b.seek(2)
print(b.read(6), b.read(), b.read())
b.seek(-2, io.SEEK_END)
print(b.read(1), b.tell())
b.seek(1, io.SEEK_SET)
b.seek(2, io.SEEK_CUR)
print(b.tell(), b.read(3))
r = io.BytesIO(b"first\nsecond\nthird")
print(r.readline(), r.readlines())
r.seek(0)
print(list(r))
buf = bytearray(4)
r.seek(0)
n = r.readinto(buf)
print(n, buf)
m = io.BytesIO(b"0123456789")
view = m.getbuffer()
view[0] = ord("X")
print(bytes(view[:3]), len(view))
del view
m.seek(0, io.SEEK_END)
m.write(b"END")
print(m.getvalue())
m.truncate(5)
print(m.getvalue(), m.tell())
m.seek(8)
m.write(b"!")
print(m.getvalue())
try:
    io.BytesIO().write("text")
except TypeError as e:
    print(type(e).__name__, e)
with io.BytesIO(b"abc") as f:
    print(f.read1(2), f.readable(), f.seekable())
try:
    f.read()
except ValueError as e:
    print(type(e).__name__, e)
try:
    io.BytesIO().seek(-1)
except ValueError as e:
    print(type(e).__name__, e)
