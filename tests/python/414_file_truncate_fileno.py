# file.truncate, file.fileno, StringIO.truncate
import io
import os

base = "/tmp/pyrite-t-%d-414" % os.getpid()
os.mkdir(base)
p = base + "/t.txt"
with open(p, "w+") as f:
    f.write("0123456789")
    print(type(f.fileno()).__name__, f.fileno() > 2)
    print(f.truncate(4), f.tell())
    f.seek(0)
    print(repr(f.read()))
    f.seek(2)
    print(f.truncate())
print(repr(open(p).read()), os.path.getsize(p))
with open(p, "rb+") as f:
    f.truncate(0)
print(os.path.getsize(p))
s = io.StringIO("hello world")
s.seek(5)
print(s.truncate(), repr(s.getvalue()), s.truncate(2), repr(s.getvalue()), s.tell())
try:
    io.StringIO().fileno()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)
try:
    open(p).truncate(0)
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)
os.remove(p)
os.rmdir(base)
