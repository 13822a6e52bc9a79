import gc
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
old = gc.get_threshold()
print(len(old), all(isinstance(x, int) for x in old))
gc.set_threshold(500, 20, 5)
print(gc.get_threshold())
gc.set_threshold(*old)
print(gc.get_threshold() == old)
n = gc.collect()
print(type(n).__name__, n >= 0)
for g in (0, 1, 2):
    print(g, gc.collect(g) >= 0)
try:
    gc.collect(5)
except ValueError as e:
    print(type(e).__name__, e)
