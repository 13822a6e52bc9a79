import gc
import weakref

finalized = []


class Resource:
    def __init__(self, name):
        self.name = name
        self.partner = None

    def __del__(self):
        finalized.append(self.name)


def make_cycle(a, b):
    x, y = Resource(a), Resource(b)
    x.partner, y.partner = y, x
    return None


gc.collect()
make_cycle("left", "right")
gc.collect()
print(sorted(finalized))
print(gc.garbage)
finalized.clear()


class Node:
    def __init__(self, value):
        self.value = value
        self.children = []
        self.parent = None

    def add(self, child):
        child.parent = self
        self.children.append(child)
        return child

    def __del__(self):
        finalized.append(self.value)


root = Node("root")
for i in range(3):
    c = root.add(Node(f"child{i}"))
    c.add(Node(f"leaf{i}"))
probe = weakref.ref(root.children[1])
print(probe() is not None, probe().value)
del root, c
gc.collect()
print(sorted(finalized), len(finalized))
print(probe() is None)
finalized.clear()

self_ref = Resource("self")
self_ref.partner = self_ref
self_ref = None
gc.collect()
print(finalized)
finalized.clear()


class Holder:
    pass


h = Holder()
h.me = h
ref = weakref.ref(h)
del h
gc.collect()
print("holder collected:", ref() is None)
gc.disable()
make_cycle("while-disabled-1", "while-disabled-2")
gc.collect()
gc.enable()
print(sorted(finalized), gc.isenabled(), len(gc.garbage))
