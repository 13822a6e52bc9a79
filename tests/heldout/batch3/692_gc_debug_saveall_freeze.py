import gc
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
gc.disable()
gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
print(gc.get_debug() == gc.DEBUG_SAVEALL)
class Marker:
    pass
m = Marker()
m.loop = m
del m
gc.collect()
print(any(isinstance(o, Marker) for o in gc.garbage))
gc.set_debug(0)
gc.garbage.clear()
print(gc.garbage, gc.get_debug())
gc.freeze()
print(gc.get_freeze_count() > 0)
gc.unfreeze()
print(gc.get_freeze_count())
gc.enable()
