# sys.modules manipulation and other sys helpers
import sys
ModuleType = type(sys)
mod = ModuleType("fake_plugin", "A fake module.")
mod.VERSION = "1.2"
mod.greet = lambda who: f"hello {who} from plugin"
sys.modules["fake_plugin"] = mod
import fake_plugin
print(fake_plugin.VERSION, fake_plugin.greet("tester"), fake_plugin.__doc__, fake_plugin.__name__)
from fake_plugin import VERSION as V
print(V)
del sys.modules["fake_plugin"]
try:
    import fake_plugin as again
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    import definitely_not_a_real_module_xyz
except ImportError as e:
    print(type(e).__name__, e.name)
print(sys.getdefaultencoding(), isinstance(sys.getrecursionlimit(), int))
print(__name__, sys.modules["__main__"].__name__)
this = sys.modules[__name__]
MARKER = 123
print(getattr(this, "MARKER"), hasattr(this, "nope"))
s1 = "".join(["inter", "ned!"])
s2 = "".join(["inte", "rned!"])
print(s1 == s2, sys.intern(s1) is sys.intern(s2))
print(len(sys.version_info[:3]), sys.hexversion > 0x03000000)
print(sys.getsizeof(b"") > 0, sys.getsizeof({}) > 0, sys.getsizeof(()) > 0)
print(isinstance(sys.path, list), isinstance(sys.maxsize, int), sys.maxsize + 1 > sys.maxsize)
print(sys.float_repr_style, sys.float_info.radix)
