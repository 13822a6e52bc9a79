# gc, errno and the sys additions
import gc
import errno
import sys

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled(), type(gc.collect()).__name__)
print(errno.ENOENT, errno.EEXIST, errno.EPERM, errno.EINVAL, errno.EAGAIN == errno.EWOULDBLOCK, errno.errorcode[2], errno.errorcode[17])
print(sys.implementation.name in ("cpython", "pyrite"), sys.version_info[0], sys.version_info[:2] >= (3, 11))
print(sys.platform, sys.byteorder, sys.maxsize == 2**63 - 1)
print(sys.version_info.major, sys.version_info.minor >= 11, sys.version_info.releaselevel, (sys.version_info.major, sys.version_info.minor) == sys.version_info[:2])
for v in [None, True, False, 0, 1, 2**30, 2**62, 1.5, "", "abc", "é", "\u0100", "\U0001f600", b"", b"ab", (), (1, 2)]:
    print(repr(v), sys.getsizeof(v))
