import sys
print("sys" in sys.modules, sys.modules["sys"] is sys)
import json
print("json" in sys.modules, sys.modules["json"] is json)
print(type(sys.path).__name__, all(isinstance(p, str) for p in sys.path))
print(type(sys.argv).__name__, len(sys.argv))
print("math" in sys.builtin_module_names or "math" in sys.modules or True)
print(sys.version_info >= (3, 8), sys.version_info[0], type(sys.version_info.minor).__name__)
print(sys.getdefaultencoding())
print(callable(sys.getrecursionlimit), callable(sys.exit))
