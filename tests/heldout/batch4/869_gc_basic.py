# gc: enable/disable, thresholds, is_tracked, collect on cycles
import gc
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
th = gc.get_threshold()
print(type(th).__name__, len(th), all(isinstance(t, int) for t in th))
gc.set_threshold(500, 5, 5)
print(gc.get_threshold())
gc.set_threshold(*th)
print(gc.get_threshold() == th)
print(gc.is_tracked(1), gc.is_tracked('s'), gc.is_tracked([]), gc.is_tracked([1, [2]]))
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
print(gc.is_tracked(Node('x')))
gc.collect()
a = Node('a')
b = Node('b')
a.other = b
b.other = a
del a, b
n = gc.collect()
print(type(n).__name__, n >= 2)
print(gc.collect() == 0 or gc.collect() >= 0)
print(type(gc.get_count()).__name__, len(gc.get_count()))
print(isinstance(gc.garbage, list), len(gc.garbage))
print(callable(gc.get_objects), isinstance(gc.callbacks, list))
stats = gc.get_stats()
print(type(stats).__name__, len(stats) >= 1, 'collections' in stats[0])
