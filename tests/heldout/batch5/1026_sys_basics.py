# sys: argv, path, modules, version_info, maxsize, byteorder
import sys
import os.path
print(type(sys.argv).__name__, len(sys.argv), os.path.basename(sys.argv[0]))
print(type(sys.path).__name__, all(isinstance(p, str) for p in sys.path))
print("sys" in sys.modules, sys.modules["sys"] is sys, type(sys.modules).__name__)
import json
print("json" in sys.modules, sys.modules["json"] is json)
vi = sys.version_info
print(vi.major, vi[0] == vi.major, vi >= (3, 0), vi < (4,), len(vi) == 5)
print(type(sys.version).__name__, sys.version.startswith(str(vi.major)))
print(sys.maxsize == 2 ** 63 - 1 or sys.maxsize == 2 ** 31 - 1, sys.maxsize > 0)
print(sys.byteorder in ("little", "big"))
print(sys.getrecursionlimit() > 100, isinstance(sys.getrecursionlimit(), int))
print(sys.getsizeof([]) > 0, sys.getsizeof("abc") > 0, sys.getsizeof(10 ** 100) > sys.getsizeof(1))
a = sys.intern("hello_world_" + str(42))
b = sys.intern("hello_world_42")
print(a is b, a == b)
print(sys.float_info.max > 1e308, sys.float_info.epsilon < 1e-15, sys.float_info.dig)
print(sys.int_info.bits_per_digit in (15, 30))
print(callable(sys.exit), hasattr(sys, "stdin"), sys.stdout is sys.__stdout__)
print(sys.exc_info() == (None, None, None))
print(type(sys.platform).__name__, isinstance(sys.builtin_module_names, tuple))
print(sys.flags.optimize, type(sys.implementation.name).__name__)
sys.argv.append("--extra")
print(sys.argv[-1], len(sys.argv))
