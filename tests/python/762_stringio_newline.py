# io.StringIO newline=None/""/"\n"/"\r"/"\r\n": translation on write and line splitting on read.
import io
for nl in [None, "", "\n", "\r", "\r\n"]:
    s = io.StringIO("x\r\ny\rz\n", newline=nl)
    s.seek(0, 2)
    print(s.write("a\r\nb\rc\n"), repr(s.getvalue()), s.tell())
    s.seek(0)
    print(repr(nl), s.readlines())
try:
    io.StringIO(newline="x")
except ValueError as e:
    print(e)
