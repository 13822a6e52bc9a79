import gc
th = gc.get_threshold()
print(type(th).__name__, len(th))
print(all(isinstance(x, int) for x in th))
old = th
gc.set_threshold(500, 5, 5)
print(gc.get_threshold())
gc.set_threshold(*old)
print(gc.get_threshold() == old)
cnt = gc.get_count()
print(type(cnt).__name__, len(cnt))
