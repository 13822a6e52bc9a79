import gc
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
class Node:
    def __init__(self):
        self.other = None
a, b = Node(), Node()
a.other, b.other = b, a
del a, b
n = gc.collect()
print(isinstance(n, int), n >= 2)
print(gc.collect() >= 0, len(gc.get_threshold()), isinstance(gc.get_count(), tuple))
print(gc.is_tracked([]), gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked({}))
x = [1]
y = [x]
print(any(r is y for r in gc.get_referrers(x)))
print(gc.get_referents(y)[0] is x)
