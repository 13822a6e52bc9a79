import gc
import weakref
gc.collect()
class Obj:
    pass
events = []
a = Obj()
a.self_ref = a
w = weakref.ref(a, lambda r: events.append("collected"))
print(w() is a)
del a
gc.collect()
print(w() is None)
print(events)
