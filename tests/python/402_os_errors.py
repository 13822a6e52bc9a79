# OSError subclasses from os functions: errno, strerror, filename, str()
import os
import errno

base = "/tmp/pyrite-t-%d-402" % os.getpid()
os.mkdir(base)
f = base + "/f.txt"
open(f, "w").close()

def attempt(label, fn, *args):
    try:
        fn(*args)
        print(label, "ok")
    except OSError as e:
        print(label, type(e).__name__, e.errno, e.strerror, e.filename == args[0], errno.errorcode[e.errno])
        print("   ", str(e).replace(base, "BASE"))

attempt("listdir", os.listdir, base + "/missing")
attempt("listdir file", os.listdir, f)
attempt("mkdir exists", os.mkdir, base)
attempt("makedirs exists", os.makedirs, base)
attempt("rmdir missing", os.rmdir, base + "/nope")
attempt("rmdir file", os.rmdir, f)
attempt("remove dir", os.remove, base)
attempt("unlink missing", os.unlink, base + "/nope")
attempt("stat missing", os.stat, base + "/nope")
attempt("chdir file", os.chdir, f)
attempt("rename missing", os.rename, base + "/nope", base + "/other")
attempt("rmdir nonempty", os.rmdir, base)
try:
    os.rename(base + "/nope", base + "/other")
except FileNotFoundError as e:
    print(repr(e.filename2.replace(base, "BASE")), e.args)
print(issubclass(FileNotFoundError, OSError), IOError is OSError, EnvironmentError is OSError, os.error is OSError)
e = OSError(2, "No such file or directory", "x.txt")
print(type(e).__name__, e, e.args, e.errno, e.filename)
e = OSError(17, "File exists")
print(type(e).__name__, e, e.args, e.filename)
e = OSError("plain")
print(type(e).__name__, e, e.errno, e.args)
e = PermissionError(13, "Permission denied", "p")
print(type(e).__name__, e, isinstance(e, OSError))
try:
    raise FileExistsError(17, "File exists", "q")
except OSError as e:
    print("caught", repr(str(e)))
print(errno.ENOENT, errno.EEXIST, errno.EACCES, errno.ENOTDIR, errno.EISDIR, errno.ENOTEMPTY, os.strerror(errno.ENOENT))
os.remove(f)
os.rmdir(base)
os.listdir("/nonexistent-pyrite-dir")
