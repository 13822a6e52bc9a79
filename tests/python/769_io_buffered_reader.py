# io.BufferedReader over a RawIOBase subclass and over BytesIO: read/read1/peek/readline/readinto/seek/tell,
# the raw calls it makes (CPython's buffering), errors after close and detach.
import io


class Raw(io.RawIOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0
        self.log = []

    def readable(self):
        self.log.append("readable")
        return True

    def readinto(self, b):
        self.log.append(("readinto", len(b), type(b).__name__))
        n = min(len(b), len(self.data) - self.pos)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n


def show(r):
    print(r.log)
    r.log.clear()


r = Raw(b"hello world\nsecond line\nthird\n" * 3)
br = io.BufferedReader(r, buffer_size=16)
show(r)
for step in [lambda: br.read(5), lambda: br.peek(3), lambda: br.read1(4), lambda: br.readline(),
             lambda: br.read(40), lambda: br.readline(), lambda: br.read(), lambda: br.read(), lambda: br.peek(),
             lambda: br.read1()]:
    print(step())
    show(r)
b = bytearray(5)
r = Raw(b"y" * 100)
br = io.BufferedReader(r, 8)
print(br.read(1), br.readinto(b), b, br.read(19), br.read1(30), br.read1(3), br.readinto1(bytearray(30)))
show(r)
print(br.readline(5), br.readlines())
show(r)
print(br.readable(), br.seekable(), br.writable(), br.closed, br.raw is r, repr(br))
for bad in [br.tell, lambda: br.seek(0), lambda: br.read(-2), lambda: br.fileno()]:
    try:
        bad()
    except (ValueError, OSError) as e:
        print(type(e).__name__, e)
br.close()
print(br.closed, r.closed)
for bad in [br.read, br.read1, br.peek, br.readline, lambda: br.readinto(bytearray(2))]:
    try:
        bad()
    except ValueError as e:
        print(e)
print(list(io.BufferedReader(Raw(b"a\nbb\nccc"))))


class NotReadable(io.RawIOBase):
    def readable(self):
        return False


for bad in [lambda: io.BufferedReader(NotReadable()), lambda: io.BufferedReader(Raw(b""), buffer_size=0)]:
    try:
        bad()
    except (ValueError, OSError) as e:
        print(type(e).__name__, e)

bio = io.BytesIO(b"line one\nline two\nline three\n")
br = io.BufferedReader(bio)
print(br.tell(), br.read(4), br.tell(), br.seek(0, 1), br.peek(2)[:5], br.seekable())
print(br.seek(2), br.read(3), br.seek(-3, 2), br.read(), br.tell())
print(br.seek(0), br.readline(), br.readlines())
for bad in [lambda: br.mode, lambda: br.seek(0, 5), lambda: br.seek(-1), lambda: br.seek("a")]:
    try:
        bad()
    except (ValueError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)
b = bytearray(3)
br.seek(0)
print(br.readinto(b), b, br.readinto(memoryview(b)[1:]), b, br.read1(2))
with io.BufferedReader(io.BytesIO(b"abc\ndef")) as f:
    for line in f:
        print(line)
print(f.closed)
br = io.BufferedReader(io.BytesIO(b"xyz"))
print(br.read(1), br.detach().read(), repr(br))
try:
    br.read()
except ValueError as e:
    print(e)
t = io.TextIOWrapper(io.BufferedReader(io.BytesIO("héllo\nwörld\n".encode())), encoding="utf-8")
print(t.readline(), t.read())
print(isinstance(br, io.BufferedIOBase), isinstance(br, io.IOBase), type(br), io.BufferedReader.__name__)
