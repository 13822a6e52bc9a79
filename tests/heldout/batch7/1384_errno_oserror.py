import errno
import os
import tempfile

print(errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EISDIR, errno.ENOTDIR, errno.ENOTEMPTY > 0)
print(errno.errorcode[errno.ENOENT], errno.errorcode[errno.EEXIST], os.strerror(errno.ENOENT))
e = OSError(errno.ENOENT, "No such file or directory", "missing.txt")
print(type(e).__name__, e.errno, e.strerror, e.filename, str(e))
for code in (errno.EEXIST, errno.EACCES, errno.EISDIR, errno.ENOTDIR, errno.EPERM, errno.EINTR, errno.EAGAIN, 9999):
    print(code == 9999 or errno.errorcode[code], type(OSError(code, "msg")).__name__)
print(issubclass(FileNotFoundError, OSError), IOError is OSError, EnvironmentError is OSError)
print(OSError("plain").errno, OSError("plain").args)
with tempfile.TemporaryDirectory() as d:
    def attempt(label, fn):
        try:
            fn()
            print(label, "ok")
        except OSError as err:
            print(label, type(err).__name__, errno.errorcode.get(err.errno), os.path.basename(err.filename or ""))

    attempt("open missing", lambda: open(os.path.join(d, "nope.txt")))
    attempt("mkdir twice", lambda: (os.mkdir(os.path.join(d, "x")), os.mkdir(os.path.join(d, "x"))))
    attempt("open dir", lambda: open(os.path.join(d, "x")))
    with open(os.path.join(d, "file"), "w") as f:
        f.write("data")
    attempt("listdir on file", lambda: os.listdir(os.path.join(d, "file")))
    attempt("rmdir non-empty", lambda: (open(os.path.join(d, "x", "k"), "w").close(), os.rmdir(os.path.join(d, "x"))))
    attempt("remove dir", lambda: os.remove(os.path.join(d, "x")))
    try:
        open(os.path.join(d, "nope"))
    except FileNotFoundError as err:
        print(err.errno == errno.ENOENT, err.strerror)
    try:
        raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), "cfg.ini")
    except OSError as err:
        print(str(err))
