import sys
import os

print(type(sys.argv).__name__, len(sys.argv), os.path.basename(sys.argv[0]))
print(isinstance(sys.path, list), all(isinstance(p, str) for p in sys.path))
sys.path.insert(0, "/nonexistent/extra")
print(sys.path[0])
sys.path.pop(0)
print(sys.maxsize > 2 ** 31 - 1, isinstance(sys.maxsize, int), sys.maxsize + 1 > sys.maxsize)
print(sys.byteorder in ("little", "big"))
vi = sys.version_info
print(vi >= (3, 8), vi > (2, 7, 18), vi[0] == vi.major == 3, vi < (4,), len(vi) == 5)
print(type(vi.minor).__name__, vi.releaselevel in ("alpha", "beta", "candidate", "final"))
print(isinstance(sys.version, str), sys.version.startswith(f"{vi.major}.{vi.minor}"))
print(sys.platform.__class__.__name__, isinstance(sys.executable, str))
print("sys" in sys.modules, "os" in sys.modules, type(sys.modules).__name__)
print(isinstance(sys.builtin_module_names, tuple), "sys" in sys.builtin_module_names)
print(sys.float_info.max > 1e308, sys.float_info.epsilon < 1e-15, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.int_info.bits_per_digit > 0, sys.hash_info.width in (32, 64))
print(callable(sys.exit), callable(sys.getrecursionlimit), sys.getdefaultencoding())
print(hasattr(sys, "stdin"), sys.stdout.writable(), sys.stderr.writable())
print(sys.flags.optimize, sys.flags.dont_write_bytecode in (0, 1, False, True))
print(__name__, sys.modules["__main__"].__name__)
if sys.version_info >= (3, 10):
    print("pattern matching available")
print(sys.getfilesystemencoding().lower().replace("-", "") in ("utf8", "mbcs", "ascii"))
