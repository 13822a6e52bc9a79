# memoryview.cast to non-byte formats over bytes/bytearray: tolist, indexing, item assignment with
# memoryview's range and type checks, slicing, attributes, cast errors; memoryview as a buffer argument.
import struct


def t(f):
    try:
        r = f()
    except Exception as e:
        r = "%s: %s" % (type(e).__name__, e)
    print(r)


b = bytearray(range(16))
m = memoryview(b)
mi = m.cast("i")
print(mi.format, mi.itemsize, mi.nbytes, mi.ndim, mi.shape, mi.strides, len(mi), mi.readonly, mi.obj is b)
print(mi.contiguous, mi.c_contiguous, mi.f_contiguous, mi.suboffsets)
print(mi.tolist(), mi[0], mi[-1], mi[1:3].tolist(), mi[::2].tolist(), mi[::-1].tolist(), mi[::2].strides)
mi[0] = -1
print(b[:4], mi[0], list(mi), mi.tobytes()[:6], mi.hex())
for v in [2 ** 31, 1.5, "a", None]:
    t(lambda: mi.__setitem__(1, v))
t(lambda: mi[4])
t(lambda: mi[-5])
t(lambda: mi["x"])
t(lambda: m.cast("I").__setitem__(0, -1))
print(m.cast("I").tolist(), m.cast("h").tolist()[:4], m.cast("H")[7], m.cast("q").tolist(), m.cast("Q")[1])
for fmt in "bBhHiIlLqQfdc?":
    v = memoryview(bytearray(16)).cast(fmt)
    print(fmt, v.itemsize, len(v), v.tolist()[:2], v.format)
md = memoryview(bytearray(struct.pack("dd", 1.5, -2.25))).cast("d")
print(md.tolist(), md[1])
md[0] = 3
md[1] = True
print(md.tolist())
t(lambda: md.__setitem__(0, "x"))
mf = memoryview(bytearray(8)).cast("f")
mf[0] = 0.1
mf[1] = 1e300
print(mf.tolist())
mc = memoryview(b"abc").cast("c")
print(mc.tolist(), mc[0], mc.format, mc.readonly)
t(lambda: mc.__setitem__(0, b"x"))
mc2 = memoryview(bytearray(b"abc")).cast("c")
mc2[0] = b"z"
print(mc2.tolist(), mc2.obj)
t(lambda: mc2.__setitem__(0, b"zz"))
t(lambda: mc2.__setitem__(0, 1))
mb = memoryview(bytearray(4)).cast("b")
mb[0] = -128
mb[1] = True
print(mb.tolist())
t(lambda: mb.__setitem__(0, 128))
mh = memoryview(bytearray(4)).cast("h")
mh[1] = -300
print(mh.tolist(), bytes(mh))
t(lambda: mh.__setitem__(0, 40000))
mq = memoryview(bytearray(16)).cast("q")
mq[0] = -2 ** 63
t(lambda: mq.__setitem__(1, 2 ** 63))
mQ = memoryview(bytearray(8)).cast("Q")
mQ[0] = 2 ** 64 - 1
print(mq.tolist(), mQ.tolist())
m2 = memoryview(bytearray(2)).cast("?")
m2[0] = "x"
m2[1] = 0
print(m2.tolist(), bytes(m2))
mi = memoryview(bytearray(range(16))).cast("i")
mi[1:3] = memoryview(bytearray(8)).cast("i")
print(mi.tolist())
t(lambda: mi.__setitem__(slice(0, 2), b"abcdefgh"))
t(lambda: mi.__setitem__(slice(0, 2), [1, 2]))
t(lambda: memoryview(bytearray(10)).cast("i"))
t(lambda: memoryview(bytearray(12)).cast("x"))
t(lambda: memoryview(bytearray(12)).cast("i").cast("h"))
t(lambda: memoryview(bytearray(12)).cast("i").cast("B").tolist())
t(lambda: memoryview(bytearray(12)).cast("i").cast("b").format)
t(lambda: memoryview(bytearray(12))[::2].cast("i"))
t(lambda: memoryview(bytearray(12)).cast(1))
t(lambda: memoryview(bytearray(8)).cast("@i").format)
t(lambda: memoryview(b"abcd").cast("i").__setitem__(0, 1))
print(memoryview(b"abcd").cast("i").tolist(), memoryview(b"\x01\x00\x02\x00").cast("h").tolist())
print(memoryview(b"ab") == b"ab", memoryview(b"ab").cast("c") == memoryview(b"ab"), hash(memoryview(b"abc")) == hash(b"abc"))
t(lambda: hash(memoryview(bytearray(b"abc"))))
t(lambda: hash(memoryview(b"abcd").cast("i")))
mv = memoryview(b"xyz")
ba = bytearray(b"ab")
ba += mv
ba.extend(mv[1:])
ba[0:1] = mv
print(ba, b"ab" + mv, b"-".join([mv, b"k"]), b"axyz".find(mv), bytearray(mv))
with memoryview(bytearray(b"abcd")).cast("h") as q:
    print(q.tolist())
t(lambda: q.tolist())
t(lambda: memoryview(1))
t(lambda: memoryview())
print(memoryview(object=b"x").tolist())
import array
import binascii
mv = memoryview(b"\x01\x02\x03\x04")
buf = bytearray(8)
struct.pack_into("<I", memoryview(buf), 2, 7)
a = array.array("b")
a.frombytes(mv)
print(struct.unpack("<I", mv), struct.unpack_from("<H", mv, 2), list(struct.iter_unpack("<H", mv)), buf, a)
print(int.from_bytes(mv, "little"), binascii.hexlify(mv), str(memoryview(b"abc"), "utf-8"), sum(mv), sorted(mv[::-1]))
t(lambda: struct.pack_into("<I", mv, 0, 1))
