# io.BufferedWriter and io.BufferedRandom over raw streams (RawIOBase subclasses, BytesIO, unbuffered files),
# the raw write calls they make, partial writes, open()'s classes, RawIOBase/BufferedIOBase defaults.
import io
import os


class WRaw(io.RawIOBase):
    def __init__(self, limit=None):
        self.data = bytearray()
        self.log = []
        self.limit = limit

    def writable(self):
        return True

    def write(self, b):
        n = len(b) if self.limit is None else min(self.limit, len(b))
        self.log.append((len(b), type(b).__name__, n))
        self.data += b[:n]
        return n


w = WRaw()
bw = io.BufferedWriter(w, buffer_size=8)
for data in [b"abc", b"defgh", b"i", b"0123456789abcdef", bytearray(b"XY"), memoryview(b"ZZ")]:
    print(bw.write(data), w.log)
bw.flush()
print(w.log, bytes(w.data))
for bad in [lambda: bw.write("str"), bw.read]:
    try:
        bad()
    except (TypeError, OSError) as e:
        print(type(e).__name__, e)
print(bw.writable(), bw.readable(), bw.seekable(), bw.closed)
bw.write(b"tail")
bw.close()
print(w.log[-1], bytes(w.data), bw.closed, w.closed)
for bad in [lambda: bw.write(b"x"), bw.flush]:
    try:
        bad()
    except ValueError as e:
        print(e)
w = WRaw(limit=3)
bw = io.BufferedWriter(w, 4)
print(bw.write(b"abcdefghij"), w.log)
bw.flush()
print(w.log, bytes(w.data))

bio = io.BytesIO()
bw = io.BufferedWriter(bio)
print(bw.write(b"hello"), bio.getvalue(), bw.tell())
bw.flush()
print(bio.getvalue(), bw.tell(), bw.seek(1), bw.write(b"EE"), bw.tell(), bio.getvalue())
bw.flush()
print(bio.getvalue(), bw.seek(0, 2), bw.tell(), bw.truncate(3), bio.getvalue(), bw.tell(), repr(bw))

bio = io.BytesIO(b"0123456789")
brw = io.BufferedRandom(bio, 4)
print(brw.read(3), brw.tell(), brw.write(b"ab"), brw.tell(), bio.getvalue())
print(brw.read(2), brw.tell(), bio.getvalue())
print(brw.seek(0), brw.read(), brw.tell())
print(brw.write(b"XYZ"), brw.tell(), brw.seek(8), brw.read(), bio.getvalue())
print(brw.peek(1), brw.readable(), brw.writable(), brw.seek(0), brw.readline(), brw.read1(3))
brw.close()
print(bio.closed)


class R2(io.RawIOBase):
    def readable(self):
        return True

    def writable(self):
        return True


for bad in [lambda: io.BufferedRandom(R2()), lambda: io.BufferedWriter(io.RawIOBase())]:
    try:
        bad()
    except OSError as e:
        print(type(e).__name__, e)
for name in ["seek", "tell", "truncate", "fileno", "read", "readinto", "write", "readline"]:
    try:
        print(name, getattr(io.RawIOBase(), name)(*([0] if name == "seek" else [])))
    except (OSError, NotImplementedError) as e:
        print(name, type(e).__name__, e)
for name in ["read", "read1", "readinto", "write", "detach"]:
    try:
        getattr(io.BufferedIOBase(), name)(*([bytearray(2)] if name in ("readinto", "write") else []))
    except OSError as e:
        print(name, type(e).__name__, e)

base = "/tmp/pyrite-t-%d-770" % os.getpid()
os.mkdir(base)
p = base + "/t.bin"
with open(p, "wb") as f:
    print(type(f).__name__, isinstance(f, io.BufferedWriter), isinstance(f, io.BufferedIOBase))
    f.write(b"abc\ndef\n")
    f.write(memoryview(b"xyz"))
with open(p, "rb") as f:
    print(type(f).__name__, isinstance(f, io.BufferedReader), f.read())
with open(p, "r+b") as f:
    print(type(f).__name__, isinstance(f, io.BufferedRandom))
with open(p, "rb", buffering=0) as raw:
    print(type(raw).__name__, isinstance(raw, io.RawIOBase))
    br = io.BufferedReader(raw, 4)
    print(br.read(2), br.peek(1)[:1], br.readline(), br.tell(), br.name == p, br.mode, list(br))
raw = open(p, "r+b", buffering=0)
brw = io.BufferedRandom(raw)
brw.seek(0, 2)
brw.write(b"END")
brw.seek(0)
print(brw.read())
brw.close()
print(raw.closed)
with io.BufferedWriter(open(p, "wb", buffering=0), 2) as bw:
    bw.write(b"hello")
    bw.writelines([b"!", b"?"])
    print(bw.tell())
with open(p, "rb") as f:
    print(f.read())
os.remove(p)
os.rmdir(base)
