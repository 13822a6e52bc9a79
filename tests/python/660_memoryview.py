# memoryview over bytes and bytearray: len, indexing, slicing, tobytes, tolist,
# ==, writes through to a bytearray, release and the context manager.
b = b"hello world"
m = memoryview(b)
print(len(m), m[0], m[-1], m[1:4].tobytes(), m.tolist()[:3], m.readonly, m.format, m.itemsize, m.nbytes, m.ndim, m.shape, m.strides)
print(m == b, m[::2].tobytes(), bytes(m[6:]), m.obj is b, type(m).__name__, isinstance(m, memoryview))
print(m[2:5] == b"llo", m.hex(), list(m[:3]), m[1:8:3].tolist())
ba = bytearray(b"abcdef")
v = memoryview(ba)
v[0] = 65
v[1:3] = b"XY"
print(ba, v.readonly, v.tobytes())
try:
    m[0] = 1
except TypeError as e:
    print(e)
try:
    m[100]
except IndexError as e:
    print(e)
try:
    v[0] = 300
except ValueError as e:
    print(e)
with memoryview(b"abc") as w:
    print(w[1])
try:
    w[0]
except ValueError as e:
    print(e)
m.release()
try:
    len(m)
except ValueError as e:
    print(e)
try:
    memoryview("str")
except TypeError as e:
    print(e)
print(bytearray(memoryview(b"xyz")), memoryview(b"ab") == memoryview(b"ab"), memoryview(b"ab") != b"ac")
print(repr(memoryview(b""))[:12], len(memoryview(b"")), memoryview(b"abc").tolist())
sub = memoryview(ba)[2:]
sub[0] = ord("z")
print(ba, sub.tobytes(), sub.obj is ba)
