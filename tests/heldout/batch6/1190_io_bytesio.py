import io

b = io.BytesIO()
print(b.write(b"header:"), b.write(bytes([1, 2, 3])), b.tell())
b.write(b"\xff\x00end")
print(b.getvalue(), len(b.getvalue()))
b.seek(0)
print(b.read(7), list(b.read(3)), b.read(2), b.read(), b.read())
b.seek(-3, io.SEEK_END)
print(b.read())
b.seek(2)
b.seek(3, io.SEEK_CUR)
print(b.tell(), b.read(2))
data = io.BytesIO(b"line one\nline two\nlast")
print(data.readline(), data.readlines())
data.seek(0)
print([l for l in data])
buf = io.BytesIO(b"0123456789")
view = buf.getbuffer()
print(bytes(view[2:5]), len(view))
view[0] = ord("X")
del view
print(buf.getvalue())
buf.seek(4)
buf.write(b"ab")
print(buf.getvalue())
buf.seek(20)
buf.write(b"Z")
print(buf.getvalue(), len(buf.getvalue()))
buf.truncate(3)
print(buf.getvalue())
chunked = io.BytesIO(bytes(range(10)))
chunks = []
while True:
    c = chunked.read(4)
    if not c:
        break
    chunks.append(c.hex())
print(chunks)
ri = io.BytesIO(b"abcdef")
target = bytearray(4)
print(ri.readinto(target), target, ri.read1(10) if hasattr(ri, "read1") else b"")
try:
    io.BytesIO().write("text")
except TypeError as e:
    print("TypeError:", e)
with io.BytesIO(b"x") as bio:
    pass
print(bio.closed)
try:
    bio.getvalue()
except ValueError as e:
    print("ValueError:", e)
try:
    io.BytesIO(b"abc").seek(-1)
except ValueError as e:
    print("ValueError:", e)
