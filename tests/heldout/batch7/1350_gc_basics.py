import gc

print(type(gc.collect()).__name__, gc.collect() >= 0, type(gc.collect(0)).__name__)
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
was = gc.isenabled()
gc.disable()
try:
    data = [[i] * 3 for i in range(1000)]
    print(len(data), gc.isenabled())
finally:
    if was:
        gc.enable()
print(gc.isenabled())


class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None


a, b = Node("a"), Node("b")
a.peer, b.peer = b, a
del a, b
n = gc.collect()
print(type(n).__name__, n >= 0)
for gen in (0, 1, 2):
    print(gen, type(gc.collect(gen)).__name__)
try:
    gc.collect(5)
except ValueError:
    print("ValueError for generation 5")
print(isinstance(gc.garbage, list), len(gc.garbage))
