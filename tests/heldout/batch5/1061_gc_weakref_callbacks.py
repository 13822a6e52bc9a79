# cycles freed by gc.collect observed via weakref callbacks
import gc
import weakref
gc.collect()
gc.disable()
log = []
class Item:
    def __init__(self, label):
        self.label = label
        self.refs = []
def make_cycle(label):
    x = Item(label + "-x")
    y = Item(label + "-y")
    x.refs.append(y)
    y.refs.append(x)
    wx = weakref.ref(x, lambda r: log.append(label + "-x gone"))
    wy = weakref.ref(y, lambda r: log.append(label + "-y gone"))
    return wx, wy
wx, wy = make_cycle("one")
print(wx() is not None, wy() is not None, wx().label, log)
gc.collect()
print(wx() is None, wy() is None, sorted(log))
log.clear()
obj = Item("plain")
wr = weakref.ref(obj, lambda r: log.append("plain gone"))
del obj
print(log, wr())
log.clear()
cache = weakref.WeakValueDictionary()
a = Item("a")
b = Item("b")
a.refs.append(b)
b.refs.append(a)
cache["a"] = a
cache["b"] = b
print(sorted(cache.keys()))
del a, b
print(sorted(cache.keys()))
gc.collect()
print(sorted(cache.keys()))
finalized = []
z = Item("z")
z.refs.append(z)
weakref.finalize(z, finalized.append, "z finalized")
del z
print(finalized)
gc.collect()
print(finalized)
gc.enable()
ws = weakref.WeakSet()
p = Item("p")
ws.add(p)
print(len(ws))
del p
print(len(ws))
