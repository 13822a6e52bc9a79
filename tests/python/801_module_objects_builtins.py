# types.ModuleType instances, del module.attr, builtins patching,
# 'builtins' in sys.modules, slices with __index__ bounds, copy of a
# slotted object, struct range messages, BytesIO.read1, gc.get_stats.
import builtins
import copy
import io
import struct
import sys
import types
import gc

m = types.ModuleType("fake_mod", "a doc")
m.answer = 42
sys.modules["fake_mod"] = m
import fake_mod
print(fake_mod.answer, fake_mod.__name__, fake_mod.__doc__, type(m).__name__, repr(m))
del fake_mod.answer
print(hasattr(m, "answer"))
try:
    del m.answer
except AttributeError as e:
    print(type(e).__name__, e)
del sys.modules["fake_mod"]
print("builtins" in sys.modules)

builtins.injected_helper = lambda: "injected"
print(injected_helper())
del builtins.injected_helper
try:
    injected_helper()
except NameError as e:
    print(type(e).__name__, e)
saved = builtins.len
builtins.len = lambda x: -1
print(len("abc"))
builtins.len = saved
print(len("abc"))


class Two:
    def __index__(self):
        return 2


print("abcdef"[Two():], [0, 1, 2, 3][:Two()], (5, 6, 7)[::Two()])


class Slotted:
    __slots__ = ("val", "__dict__")

    def __init__(self, val):
        self.val = val


s = Slotted([1])
s.extra = "x"
c = copy.copy(s)
d = copy.deepcopy(s)
print(c.val is s.val, d.val == s.val and d.val is not s.val, c.extra, sorted(vars(s)))

for fmt, v in (("<H", 70000), (">H", 70000), (">H", -1), ("<H", -1), (">h", 40000), ("B", 300), ("<i", 2 ** 40)):
    try:
        struct.pack(fmt, v)
    except struct.error as e:
        print(fmt, v, e)

buf = io.BytesIO(b"0123456789")
print(buf.read1(3), buf.read1(), buf.read1())
stats = gc.get_stats()
print(type(stats).__name__, len(stats), sorted(stats[0]))


class Host:
    pass


bound = types.MethodType(lambda self, x: (type(self).__name__, x), Host())
print(bound(5), type(bound).__name__, callable(bound), callable(NotImplemented))
try:
    types.MethodType(3, Host())
except TypeError as e:
    print(type(e).__name__, e)
