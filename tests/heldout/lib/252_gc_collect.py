import gc
r = gc.collect()
print(type(r).__name__)
print(r >= 0)
class Node:
    pass
a = Node()
b = Node()
a.other = b
b.other = a
del a, b
n = gc.collect()
print(n >= 2)
print(gc.collect() >= 0)
print(gc.garbage)
