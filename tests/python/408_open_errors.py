# open() errors: missing files, bad modes, closed files, unsupported operations
import os
import io

base = "/tmp/pyrite-t-%d-408" % os.getpid()
os.mkdir(base)
p = base + "/e.txt"
with open(p, "w") as f:
    f.write("data\n")

def attempt(label, fn):
    try:
        r = fn()
        print(label, "ok", repr(r))
    except Exception as e:
        print(label, type(e).__name__, str(e).replace(base, "BASE"))

attempt("missing", lambda: open(base + "/nope.txt"))
attempt("dir", lambda: open(base))
attempt("dir write", lambda: open(base, "w"))
attempt("missing dir", lambda: open(base + "/no/such.txt", "w"))
attempt("exclusive", lambda: open(p, "x"))
attempt("bad mode", lambda: open(p, "rw"))
attempt("bad mode 2", lambda: open(p, "z"))
attempt("bad mode 3", lambda: open(p, "rr"))
attempt("text+binary", lambda: open(p, "rbt"))
attempt("binary encoding", lambda: open(p, "rb", encoding="utf-8"))
attempt("bad encoding", lambda: open(p, encoding="nope-codec"))
attempt("bad file type", lambda: open(3.5))
f = open(p)
f.close()
f.close()
print(f.closed)
attempt("read closed", lambda: f.read())
attempt("readline closed", lambda: f.readline())
attempt("write closed", lambda: f.write("x"))
attempt("seek closed", lambda: f.seek(0))
attempt("tell closed", lambda: f.tell())
attempt("iter closed", lambda: iter(f))
attempt("with closed", lambda: [x for x in f])
g = open(p, "w")
attempt("read on w", lambda: g.read())
g.close()
g = open(p)
attempt("write on r", lambda: g.write("x"))
attempt("write bytes to text", lambda: open(p, "a").write(b"x"))
attempt("write str to binary", lambda: open(p, "ab").write("x"))
attempt("seek cur nonzero", lambda: g.seek(1, 1))
attempt("seek bad whence", lambda: g.seek(0, 5))
attempt("seek negative", lambda: g.seek(-1))
g.close()
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
with open(p, "wb") as h:
    h.write(b"ok\xff\xfe\n")
attempt("decode error", lambda: open(p).read())
print(repr(open(p, encoding="latin-1").read()))
print(repr(open(p, errors="replace").read()))
os.remove(p)
os.rmdir(base)
open("nope.txt")
