# ImportError / ModuleNotFoundError messages, star imports, sys module.
import sys
try:
    import nosuch
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    import imports.nosuch
except ImportError as e:
    print(type(e).__name__, e)
try:
    import imports.stars.deeper
except ImportError as e:
    print(type(e).__name__, e)
try:
    from imports.stars import missing
except ImportError as e:
    msg = str(e)
    print(type(e).__name__, msg.split(" (")[0], msg.endswith("imports/stars.py)"))
try:
    from math import nothing
except ImportError as e:
    print(e)
try:
    from imports.circ_a import A_NAME
except ImportError as e:
    msg = str(e)
    print(msg.split(" (/")[0])
print("imports.circ_a" in sys.modules, "imports.circ_b" in sys.modules)
try:
    import imports.broken
except KeyError as e:
    print("KeyError", e, "imports.broken" in sys.modules)
from imports.stars import *
print(PUBLIC, shout("hi"), "_private" in globals())
from imports.pkg.util import *
print(quad(2), TAG, "HIDDEN" in globals())
print(sys.argv[0].endswith("202_import_errors.py"), len(sys.argv), sys.path[0].endswith("tests/python"))
print(sys.maxsize, sys.byteorder, sys.platform, sys.version_info[:2], sys.version_info >= (3, 8))
print(sys.implementation.name in ("cpython", "pyrite"))
old = sys.getrecursionlimit()
print(old)
sys.setrecursionlimit(50)


def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)


try:
    deep(100)
except RecursionError as e:
    print("RecursionError", e)
sys.setrecursionlimit(old)
print(deep(100))
n = sys.stdout.write("written\n")
print(n)
sys.stdout.flush()
sys.stderr.write("to stderr\n")
print("also stderr", 1, 2, file=sys.stderr)
print("explicit stdout", file=sys.stdout)
print(repr(sys.stdout))
try:
    sys.exit("bye")
except SystemExit as e:
    print("SystemExit", e.args)
sys.exit(3)
