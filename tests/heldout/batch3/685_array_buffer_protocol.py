from array import array
import struct
a = array("i", [1, 2, 3, 4])
m = memoryview(a)
m[0] = 100
print(a)
print(bytes(m[:1]) == struct.pack("=i", 100))
print(m.nbytes, m.shape, m.ndim, m.readonly)
b = bytearray(a)
print(len(b))
mb = m.cast("B")
print(len(mb), mb.format)
mb.release()
m.release()
a.append(5)
print(a)
print(array("b", b"\x01\x02") == array("b", [1, 2]))
x = array("i", [5, 6])
mv = memoryview(x)
try:
    x.append(7)
except BufferError as e:
    print(type(e).__name__, e)
