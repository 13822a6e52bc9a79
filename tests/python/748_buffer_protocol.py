import array, io
a = array.array("h", [1, -2, 300])
m = memoryview(a)
print(m.format, m.itemsize, m.nbytes, m.shape, m.strides, m.readonly, m.tolist(), m.tobytes(), bytes(a), bytearray(a))
m[1] = 7
print(a, m[::2].tolist(), len(m), m.obj is a)
for bad in (10**6, "x"):
    try:
        m[0] = bad
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
b = memoryview(b"abc")
print(b.readonly, b.format, bytes(b[1:]), b.toreadonly().readonly)
ba = bytearray(b"xyz")
r = memoryview(ba).toreadonly(); ba[0] = 65; print(bytes(r))
bio = io.BytesIO(b"0123")
v = bio.getbuffer(); print(v.readonly, v.nbytes, v.tobytes())
v[1:3] = b"ab"; print(bio.getvalue(), bytes(v))
buf = bytearray(3); print(io.BytesIO(b"qwerty").readinto(buf), buf)
mv = memoryview(bytearray(4)); print(io.BytesIO(b"hi").readinto(mv), bytes(mv))
print(bytes(memoryview(b"ok")), bytes(array.array("B", [1,2])))
print(list(memoryview(array.array("d", [0.5, 1.5]))), memoryview(array.array("i", [7])).nbytes)
v = memoryview(array.array("b", [1, 2, 3, 4]))[1:3]
print(v.tolist(), v.tobytes(), v.obj.tolist())
try:
    memoryview([1])
except TypeError as e:
    print(e)
