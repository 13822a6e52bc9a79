from array import array
import io
a = array("i", [10, 20, 30, 40])
buf = io.BytesIO()
a.tofile(buf)
print(len(buf.getvalue()))
buf.seek(0)
b = array("i")
b.fromfile(buf, 3)
print(b)
try:
    b.fromfile(buf, 5)
except EOFError as e:
    print(type(e).__name__, e)
print(b)
c = array("d", [0.5]) * 3
print(c, c.buffer_info()[1])
print(array("i", [1, 2]).__class__.__name__, array("i").typecode)
from array import typecodes
print(sorted(set("bBhHiIlLqQfd") - set(typecodes)))
