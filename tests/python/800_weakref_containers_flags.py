# WeakValueDictionary/WeakKeyDictionary/WeakSet drop entries whose object
# was collected; weakref to an int is a TypeError; Flag composites are
# named but not iterated.
import gc
import weakref
from enum import Flag, IntFlag, auto


class Obj:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Obj(%s)" % self.name


a, b = Obj("a"), Obj("b")
wv = weakref.WeakValueDictionary()
wv["a"] = a
wv["b"] = b
wk = weakref.WeakKeyDictionary()
wk[a] = 1
wk[b] = 2
ws = weakref.WeakSet([a, b])
print(sorted(wv.keys()), len(wk), len(ws), "a" in wv, a in wk, b in ws)
del a
gc.collect()
print(sorted(wv.keys()), len(wk), len(ws), "a" in wv, wv.get("a", "gone"), list(wk.values()))
print(sorted(o.name for o in ws), wv["b"], wv.pop("b"), len(wv))
try:
    weakref.ref(5)
except TypeError as e:
    print(type(e).__name__, e)


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W


print(Perm.R.value, Perm.W.value, Perm.X.value, Perm.RW.value, list(Perm), len(Perm))
print(Perm(7), list(Perm.RW), Perm.RW in Perm(7), list(Perm.__members__))


class Mode(IntFlag):
    NONE = 0
    READ = 4
    WRITE = 2


print(list(Mode), Mode.READ | Mode.WRITE, Mode(0))
