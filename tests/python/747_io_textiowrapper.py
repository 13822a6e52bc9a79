import io
big = "".join("line %d é\r\n" % i for i in range(3000))
raw = io.BytesIO(big.encode("utf-8"))
t = io.TextIOWrapper(raw, encoding="utf-8")
print(repr(t.read(5)), repr(t.readline()), repr(t.readline()))
lines = t.readlines()
print(len(lines), repr(lines[-1]))
print(t.read() == "", t.buffer is raw, t.closed)
t.seek(0)
print(sum(1 for _ in t))
with io.TextIOWrapper(io.BytesIO(), encoding="ascii", newline="\r\n") as w:
    w.write("a\nb\n")
    w.flush()
    print(w.buffer.getvalue(), w.readable(), w.writable(), w.seekable())
    b = w.buffer
print(b.closed, w.closed)
class Raw(io.RawIOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0
    def readable(self):
        return True
    def readinto(self, b):
        n = min(len(b), 3, len(self.data) - self.pos)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n
r = Raw(b"hello\nworld\nend")
print(r.read(4), r.readline(), r.read(), r.read())
print(isinstance(r, io.IOBase), issubclass(io.StringIO, io.TextIOBase))
r2 = Raw(b"x\ny\nzz")
print(list(io.TextIOWrapper(r2, encoding="ascii")))
print(io.TextIOWrapper(io.BytesIO(b"\xff\xfe"), encoding="latin-1").read())
try:
    io.TextIOWrapper(io.BytesIO(), newline="x")
except ValueError as e:
    print("VE", e)
class T(io.TextIOBase):
    pass
tt = T()
try:
    tt.read()
except io.UnsupportedOperation as e:
    print("UO", type(e).__name__)
print(tt.readable(), tt.closed, tt.encoding)
tt.close(); print(tt.closed)
d = io.TextIOWrapper(io.BytesIO(b"abc"), encoding="utf-8")
print(d.read(1), d.tell())
bb = d.detach(); print(bb.read())
import sys
print(sys.stdout.writable(), sys.stdin.readable(), sys.stderr.errors)
raw = io.BytesIO(b"a\r\nb\rc\nd")
print(io.TextIOWrapper(raw, encoding="ascii", newline="").readlines())
raw = io.BytesIO(b"a\r\nb\rc\nd")
print(io.TextIOWrapper(raw, encoding="ascii", newline="\r").readlines())
raw = io.BytesIO(b"a\r\nb\rc\nd")
print(io.TextIOWrapper(raw, encoding="ascii", newline="\r\n").readlines())
w = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
print(w.write("x\u20acy"), w.tell(), w.buffer.getvalue())
s = io.StringIO()
print(s.readable(), s.writable(), s.seekable(), isinstance(s, io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase))
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.IOBase.__module__, io.TextIOBase.__name__)
n = sys.stdout.write("ok\n")
sys.stdout.writelines(["p\n", "q\n"])
sys.stdout.writelines(iter(("r", "\n")))
print(n, sys.stdout.mode, sys.stdout.closed, sys.stdout.fileno(), sys.stderr.fileno(), sys.stdout.line_buffering)
try:
    sys.stdout.writelines([b"x"])
except TypeError as e:
    print("TypeError", e)
