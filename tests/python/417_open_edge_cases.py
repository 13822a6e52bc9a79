# file object edge cases: empty files, no final newline, a+ mode, write of '', print(file=), exceptions in with, OSError's argument forms
import os, io
base = "/tmp/pyrite-t-%d-417" % os.getpid()
os.mkdir(base)
p = base + "/m.txt"
open(p, "w").close()
f = open(p)
print(repr(f.read()), repr(f.readline()), f.readlines(), list(f), repr(f.read(5)))
f.close()
with open(p, "w") as f:
    f.write("no newline at end")
print(list(open(p)), open(p).readline(0) == "", open(p).read(100))
with open(p, "rb") as f:
    print(f.read(0), f.read(3), f.read(100), f.read(), f.read(1))
with open(p, "a+") as f:
    print(f.tell(), repr(f.read()))
    f.seek(0)
    print(repr(f.read(2)))
    f.write("X")
    f.seek(0)
    print(repr(f.read()))
with open(p, "w") as f:
    print(f.write(""), f.write("ü€"), f.tell())
print(os.path.getsize(p))
s = io.StringIO()
s.write("abc")
s.seek(1)
s.write("Z")
print(repr(s.getvalue()), repr(s.read()))
print(repr(io.StringIO("x\r\ny").read()))
b = io.BytesIO()
print(b.write(b"hi"), b.getvalue(), b.read())
print(open(p).readable(), open(p, "w").readable(), open(p, "a").writable(), open(p).seekable())
with open(p, "w") as f:
    print(f.name == p, f.closed, file=f)
print(open(p).read())
try:
    with open(p) as f:
        raise KeyError("k")
except KeyError as e:
    print("KeyError", e, f.closed)
print(str(OSError(2, "x", "f", None, "g")), OSError(1, 2, 3, 4, 5, 6).args)
e = FileNotFoundError()
print(repr(e.errno), repr(e.filename), str(e))
os.remove(p)
os.rmdir(base)
