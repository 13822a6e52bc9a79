import gc

events = []


class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None

    def __del__(self):
        events.append(f"del {self.name}")


def make_cycle(tag):
    a = Node(f"{tag}-a")
    b = Node(f"{tag}-b")
    a.peer = b
    b.peer = a


gc.disable()
make_cycle("c1")
make_cycle("c2")
print("before collect:", sorted(events))
gc.collect()
gc.enable()
print("after collect:", sorted(events))
print("garbage list empty:", gc.garbage == [])


class SelfRef:
    def __init__(self):
        self.me = self

    def __del__(self):
        events.append("selfref finalized")


events.clear()
gc.disable()
SelfRef()
gc.collect()
gc.enable()
print(events)


class Tree:
    def __init__(self, name, parent=None):
        self.name = name
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)

    def __del__(self):
        events.append(self.name)


events.clear()
gc.disable()
root = Tree("root")
kid = Tree("kid", root)
Tree("grandkid", kid)
del kid
gc.collect()
print("still referenced from root:", events)
del root
gc.collect()
gc.enable()
print("after dropping root:", sorted(events))

import weakref


class Target:
    pass


events.clear()
gc.disable()
t = Target()
t.loop = [t]
ref = weakref.ref(t, lambda r: events.append("weakref callback"))
del t
gc.collect()
gc.enable()
print(ref() is None, events)
