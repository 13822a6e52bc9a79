import gc
import weakref
gc.disable()
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
collected = []
a, b = Node("a"), Node("b")
a.other, b.other = b, a
ra = weakref.ref(a, lambda r: collected.append("a"))
rb = weakref.ref(b, lambda r: collected.append("b"))
del a, b
print("alive before collect:", ra() is not None, rb() is not None)
gc.collect()
print("alive after collect:", ra() is not None, rb() is not None)
print(sorted(collected))
c = Node("c")
rc = weakref.ref(c)
del c
print("no cycle freed immediately:", rc() is None)
gc.enable()
