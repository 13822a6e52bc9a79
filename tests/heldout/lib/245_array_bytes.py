import array
import sys
a = array.array("H", [1, 258, 65535])
b = a.tobytes()
print(len(b))
if sys.byteorder == "little":
    print(b)
else:
    print(array.array("H", a).tobytes()[::-1])
c = array.array("H")
c.frombytes(b)
print(c)
print(c == a)
d = array.array("B", b"\x00\x01\x02")
print(d, d.tobytes())
e = array.array("b")
e.frombytes(b"\xff\x7f")
print(e)
try:
    array.array("h").frombytes(b"\x00\x01\x02")
except ValueError as ex:
    print(type(ex).__name__, ex)
