# Reference cycles are freed by gc.collect() (at least the cyclic objects are counted)
import gc

# Automatic collection off, so that gc.collect() finds all the cycles
# (PYRITE_PYGC_STRESS would collect them first otherwise).
gc.disable()

class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

gc.collect()
for i in range(100):
    a = Node("a%d" % i)
    b = Node("b%d" % i)
    a.other = b
    b.other = a
del a, b
n = gc.collect()
print("freed at least 200:", n >= 200)

# self-referencing containers
gc.collect()
for i in range(50):
    l = []
    l.append(l)
    d = {}
    d["me"] = d
del l, d
print("containers:", gc.collect() >= 100)
gc.enable()

# a cycle through a closure and a function attribute
def make_cycle():
    def f():
        return f
    f.me = f
    return None
for i in range(20):
    make_cycle()
print(gc.collect() >= 0)

# a cycle that stays reachable survives
keep = Node("keep")
keep.other = Node("partner")
keep.other.other = keep
gc.collect()
print(keep.other.other.name, keep.other.name, keep.other.other is keep)

# many cycles under automatic collection
total = 0
for i in range(10000):
    x = [i]
    x.append(x)
    total += x[1][1][0]
print(total)
