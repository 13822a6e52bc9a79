# array tobytes/frombytes, byteswap, conversions
from array import array
import struct
a = array("H", [1, 256, 0xABCD])
raw = a.tobytes()
print(len(raw), raw == struct.pack("=3H", 1, 256, 0xABCD))
b = array("H")
b.frombytes(raw)
print(b, b == a)
c = array("H", a)
c.byteswap()
print(c, hex(c[2]))
c.byteswap()
print(c == a)
le = array("i", [1, -1, 1000])
import sys
data = le.tobytes()
if sys.byteorder == "big":
    swapped = array("i", le)
    swapped.byteswap()
    data = swapped.tobytes()
print(data.hex())
try:
    array("i").frombytes(b"\x00\x01\x02")
except ValueError as e:
    print(type(e).__name__, e)
d = array("d", [1.0, -2.5])
e = array("d")
e.frombytes(d.tobytes())
print(e, e.itemsize * len(e) == len(d.tobytes()))
bs = array("B", b"hello")
print(bs, bytes(bs), bs.tobytes().decode())
bs[0] = ord("j")
print(bytes(bs))
mv = memoryview(array("i", [10, 20, 30]))
print(mv.format, mv.itemsize, mv.tolist(), mv[1])
u = array("u", "abc")
u.fromunicode("def")
print(u.tounicode(), len(u))
try:
    array("i").fromunicode("x")
except ValueError as e:
    print(type(e).__name__, e)
f = array("f", [1.0])
print(f.tobytes() == struct.pack("=f", 1.0), array("b", bytes([255, 1])).tolist())
