import io

buf = io.BytesIO()
for rec_id, name in [(1, b"alpha"), (2, b"bravo!"), (300, b"c")]:
    buf.write(rec_id.to_bytes(2, "big"))
    buf.write(bytes([len(name)]))
    buf.write(name)
data = buf.getvalue()
print(data, len(data), buf.tell())
buf.seek(0)
records = []
while True:
    head = buf.read(3)
    if not head:
        break
    rid = int.from_bytes(head[:2], "big")
    name = buf.read(head[2])
    records.append((rid, name.decode()))
print(records, buf.tell())
print(buf.read(), buf.read(10))
buf.seek(-3, io.SEEK_END)
print(buf.read(), buf.seek(0, io.SEEK_CUR))
buf.seek(2)
buf.write(b"\xff")
print(buf.getvalue()[:6])
view = buf.getbuffer()
print(len(view), view[0], bytes(view[3:8]))
view.release()
b2 = io.BytesIO(b"line1\nline2\nline3")
print(b2.readline(), b2.readlines(), list(io.BytesIO(b"a\nb\n")))
b3 = io.BytesIO(b"0123456789")
print(b3.read(3), b3.seek(7), b3.read(), b3.seek(20), b3.read(), b3.tell())
b3.write(b"X")
print(b3.getvalue())
b4 = io.BytesIO()
b4.write(b"abcdef")
b4.truncate(3)
print(b4.getvalue(), b4.tell())
ba = bytearray(4)
b5 = io.BytesIO(b"wxyz12")
print(b5.readinto(ba), ba, b5.read1(10) if hasattr(b5, "read1") else None)
try:
    io.BytesIO().write("text")
except TypeError as e:
    print("TypeError:", e)
