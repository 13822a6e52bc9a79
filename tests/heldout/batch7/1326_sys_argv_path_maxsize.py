import os
import sys

print(type(sys.argv).__name__, len(sys.argv), os.path.basename(sys.argv[0]))
print(sys.argv[0].endswith(".py"), sys.argv[1:])
print(isinstance(sys.path, list), all(isinstance(p, str) for p in sys.path), len(sys.path) > 0)
sys.path.insert(0, "/nonexistent/plugins")
print(sys.path[0], "/nonexistent/plugins" in sys.path)
sys.path.remove("/nonexistent/plugins")
print("/nonexistent/plugins" in sys.path)
print(sys.maxsize == 2 ** 63 - 1, sys.maxsize > 2 ** 31, type(sys.maxsize).__name__)
print(sys.maxsize + 1 > sys.maxsize, -sys.maxsize - 1)
print(sys.byteorder in ("little", "big"), sys.byteorder)
print("sys" in sys.modules, "os" in sys.modules, type(sys.modules).__name__)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.float_info.max * 2, sys.float_info.min > 0, 1.0 + sys.float_info.epsilon > 1.0)
print(sys.maxsize.bit_length(), hash(sys.maxsize + 1) == hash(sys.maxsize + 1))
print(type(sys.builtin_module_names).__name__, "sys" in sys.builtin_module_names)
print(sys.stdin is not None, sys.stdout.writable(), callable(sys.exit), sys.flags.optimize)
args = ["prog", "--verbose", "-n", "5", "input.txt"]
opts = {"verbose": False, "n": 1}
files = []
it = iter(args[1:])
for a in it:
    if a == "--verbose":
        opts["verbose"] = True
    elif a == "-n":
        opts["n"] = int(next(it))
    else:
        files.append(a)
print(opts, files)
