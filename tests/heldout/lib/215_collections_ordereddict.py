from collections import OrderedDict
od = OrderedDict()
od["one"] = 1
od["two"] = 2
od["three"] = 3
print(list(od.keys()))
od.move_to_end("one")
print(list(od.keys()))
od.move_to_end("three", last=False)
print(list(od.keys()))
print(od.popitem())
print(od.popitem(last=False))
print(list(od.items()))
a = OrderedDict([("x", 1), ("y", 2)])
b = OrderedDict([("y", 2), ("x", 1)])
print(a == b, dict(a) == dict(b))
print(a == dict(b))
print(repr(a))
try:
    OrderedDict().popitem()
except KeyError as e:
    print(type(e).__name__, e)
