# memoryview: 2-D and 3-D casts with shape (tuple indexing, tolist, tobytes orders, row slices, the
# not-implemented cases), zero-dimensional views, and views over array.array (writes reach the array).
import array


def t(f):
    try:
        r = f()
    except Exception as e:
        r = "%s: %s" % (type(e).__name__, e)
    print(r)


m2 = memoryview(bytearray(range(24))).cast("B", shape=[4, 6])
print(m2.shape, m2.strides, m2.ndim, len(m2), m2.nbytes, m2.c_contiguous, m2.f_contiguous, m2.tolist())
print(m2[1, 2], m2[-1, -1], m2[(0, 5)])
m2[1, 2] = 99
print(m2[1, 2], m2.tolist()[1])
s = m2[1:3]
print(s.shape, s.strides, s.tolist(), s.nbytes, s.c_contiguous, s.f_contiguous, s.contiguous)
s = m2[::2]
print(s.shape, s.strides, s.tolist(), s.c_contiguous, s.tobytes())
print(m2.tobytes(order="F")[:8], m2.tobytes("A")[:4], m2.tobytes("C")[:4])
for bad in [lambda: m2[1], lambda: m2[4, 0], lambda: m2[0, 6], lambda: m2[0, 0, 0], lambda: m2["a"],
            lambda: m2[1, "a"], lambda: m2[1:2, 0:1], lambda: list(m2), lambda: m2.tobytes("X"),
            lambda: m2.__setitem__(slice(0, 1), b"abcdef"), lambda: m2.__setitem__(1, 1),
            lambda: m2.__setitem__((1,), 1), lambda: m2.__setitem__((1, 2, 3), 1), lambda: m2.__setitem__((9, 0), 1),
            lambda: m2.cast("i", shape=[2, 3]), lambda: m2.cast("B", shape=[24]).shape, lambda: m2.cast("i").shape]:
    t(bad)
m3 = memoryview(bytearray(48)).cast("i", shape=[3, 4])
m3[2, 3] = 7
m3[0, 0] = -1
print(m3.shape, m3.strides, m3.tolist(), m3.itemsize, m3.nbytes, m3.tobytes()[-4:], m3.cast("B").tolist()[:4])
m4 = memoryview(bytearray(range(8))).cast("B", shape=(2, 2, 2))
print(m4.tolist(), m4[1, 0, 1], m4.strides, m4.f_contiguous)
print(memoryview(bytearray(6)).cast("B", shape=[1, 6]).f_contiguous, memoryview(bytearray(6)).cast("B", shape=[6, 1]).f_contiguous)
for bad in [lambda: memoryview(bytearray(12)).cast("i", shape=[2, 2]), lambda: memoryview(bytearray(12)).cast("B", shape=[]),
            lambda: memoryview(bytearray(12)).cast("B", shape=[0, 12]), lambda: memoryview(bytearray(12)).cast("B", shape=3),
            lambda: memoryview(bytearray(12)).cast("i", [3]).tolist(), lambda: memoryview(bytearray(12)).cast("B", shape=[3, 4]).cast("B", shape=[2, 6])]:
    t(bad)
z = memoryview(bytearray(4)).cast("i", shape=[])
print(z.shape, z.strides, z.ndim, z.nbytes, z.tolist(), z[()], z[...] is z, len(z), z.c_contiguous)
z[()] = 5
print(z.tolist(), z.tobytes())
z[...] = 6
print(z.tolist())
for bad in [lambda: z[0], lambda: list(z), lambda: z.__setitem__(0, 1)]:
    t(bad)

a = array.array("i", [1, 2, 3])
ma = memoryview(a)
print(ma.format, ma.itemsize, ma.tolist(), ma[1], ma.nbytes, ma.shape, ma.strides, ma.readonly, ma.obj is a)
ma[1] = 20
print(a)
mab = ma.cast("B")
print(mab.tolist()[:8], len(mab), mab.format)
mab[0] = 5
print(a, ma.tolist())
ah = array.array("h", [1, -2, 3])
mh = memoryview(ah)
print(mh[::-1].tolist(), mh.tobytes(), mh.cast("B").cast("H").tolist())
mh[0] = -5
t(lambda: mh.__setitem__(0, 70000))
print(ah)
m8 = memoryview(array.array("B", [1, 2, 3]))
m8[1:3] = b"\x09\x08"
print(m8.obj, bytes(m8), m8 == b"\x01\x09\x08")
ad = array.array("d", [1.0, 2.0])
print(memoryview(ad).tolist(), memoryview(ad).cast("B").cast("d").tolist(), memoryview(b"\x01\x00\x00\x00").cast("i") == memoryview(array.array("i", [1])))
t(lambda: memoryview(array.array("u", "hi")).tolist())
print(memoryview(array.array("u", "hi")).format, b"ab" + array.array("b", [65, 66]))
