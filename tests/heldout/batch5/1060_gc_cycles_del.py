# reference cycles freed by gc.collect, observed through __del__
import gc
events = []
class Node:
    def __init__(self, name):
        self.name = name
        self.partner = None
    def __del__(self):
        events.append(f"del {self.name}")
gc.collect()
gc.disable()
a = Node("a")
b = Node("b")
a.partner = b
b.partner = a
del a, b
print("after del, before collect:", events)
found = gc.collect()
print("after collect:", sorted(events), found >= 2)
events.clear()
c = Node("c")
del c
print("acyclic freed immediately:", events)
events.clear()
s = Node("self")
s.partner = s
del s
print("self cycle before collect:", events)
gc.collect()
print("self cycle after collect:", events)
events.clear()
ring = [Node(f"r{i}") for i in range(4)]
for i, n in enumerate(ring):
    n.partner = ring[(i + 1) % 4]
del ring, n
print("ring before:", events)
gc.collect()
print("ring after:", sorted(events))
events.clear()
keep = Node("kept")
keep.partner = Node("kept-partner")
keep.partner.partner = keep
gc.collect()
print("still referenced:", events)
del keep
gc.collect()
print("released:", sorted(events))
gc.enable()
print(gc.garbage)
