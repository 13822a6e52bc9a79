import errno
import os
import tempfile

print(errno.ENOENT, errno.EEXIST, errno.EACCES in (13,), errno.EINVAL, errno.ENOTDIR, errno.EISDIR)
print(errno.errorcode[errno.ENOENT], errno.errorcode[errno.EEXIST], errno.errorcode[errno.EPERM])
print(os.strerror(errno.ENOENT), "|", os.strerror(errno.EEXIST))
with tempfile.TemporaryDirectory() as tmp:
    missing = os.path.join(tmp, "missing.txt")
    try:
        open(missing)
    except OSError as e:
        print(type(e).__name__, e.errno == errno.ENOENT, errno.errorcode[e.errno], e.strerror, os.path.basename(e.filename))
    os.mkdir(os.path.join(tmp, "d"))
    try:
        os.mkdir(os.path.join(tmp, "d"))
    except OSError as e:
        print(type(e).__name__, e.errno == errno.EEXIST)
    with open(os.path.join(tmp, "f"), "w"):
        pass
    try:
        os.listdir(os.path.join(tmp, "f"))
    except OSError as e:
        print(type(e).__name__, errno.errorcode[e.errno])
    try:
        open(os.path.join(tmp, "d"))
    except OSError as e:
        print(type(e).__name__, errno.errorcode[e.errno])
e = OSError(errno.ENOENT, "custom message", "some/file")
print(type(e).__name__, e.errno, e.strerror, e.filename, str(e))
e2 = OSError(errno.EEXIST, "exists")
print(type(e2).__name__, isinstance(e2, FileExistsError))
print(type(OSError(errno.EACCES, "x")).__name__, type(OSError(errno.ENOTDIR, "x")).__name__, type(OSError(99999, "x")).__name__)
print(IOError is OSError, EnvironmentError is OSError)


def ensure_dir(path):
    try:
        os.makedirs(path)
        return "created"
    except OSError as exc:
        if exc.errno == errno.EEXIST:
            return "already there"
        raise


with tempfile.TemporaryDirectory() as tmp:
    p = os.path.join(tmp, "x", "y")
    print(ensure_dir(p), ensure_dir(p))
