# gc: cycles with __del__ and weakref callbacks
import gc, weakref
events = []
class Res:
    def __init__(self, name):
        self.name = name
        self.peer = None
    def __del__(self):
        events.append('del ' + self.name)
gc.disable()
x = Res('x')
y = Res('y')
x.peer = y
y.peer = x
wx = weakref.ref(x, lambda r: events.append('callback x'))
del x, y
print('before collect', events, wx() is not None)
gc.collect()
print('after collect', sorted(events), wx() is None)
gc.enable()
events.clear()
class Simple:
    pass
s = Simple()
r = weakref.ref(s, lambda ref: events.append('gone'))
print(r() is s)
del s
gc.collect()
print(events, r())
cache = weakref.WeakValueDictionary()
k1 = Simple()
cache['k1'] = k1
print('k1' in cache, len(cache))
del k1
gc.collect()
print('k1' in cache, len(cache))
finalized = []
obj = Simple()
fin = weakref.finalize(obj, finalized.append, 'finalized!')
print(fin.alive)
del obj
gc.collect()
print(finalized, fin.alive)
ws = weakref.WeakSet()
items = [Simple() for _ in range(3)]
for it in items:
    ws.add(it)
del it
print(len(ws))
items.pop()
gc.collect()
print(len(ws))
try:
    weakref.ref(5)
except TypeError as e:
    print(type(e).__name__, e)
