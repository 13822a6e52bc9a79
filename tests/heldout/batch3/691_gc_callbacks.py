import gc
gc.disable()
events = []
def cb(phase, info):
    events.append((phase, info["generation"]))
gc.callbacks.append(cb)
gc.collect()
gc.collect(0)
gc.callbacks.remove(cb)
gc.collect()
print(events)
def cb2(phase, info):
    if phase == "stop":
        events.append(("collected>=0", info["collected"] >= 0, info["uncollectable"]))
gc.callbacks.append(cb2)
events.clear()
class K: pass
k = K(); k.self = k; del k
gc.collect()
gc.callbacks.remove(cb2)
print(events)
print(cb in gc.callbacks, cb2 in gc.callbacks)
gc.enable()
