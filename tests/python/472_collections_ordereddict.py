# collections.OrderedDict: order, move_to_end, popitem(last), order-sensitive equality
from collections import OrderedDict

od = OrderedDict()
od["b"] = 2
od["a"] = 1
od["c"] = 3
print(od, list(od), list(od.keys()), list(od.values()))
od.move_to_end("b")
print(list(od))
od.move_to_end("b", last=False)
print(list(od))
print(od.popitem(), od.popitem(last=False), od)
x = OrderedDict([("k1", 1), ("k2", 2)])
y = OrderedDict([("k2", 2), ("k1", 1)])
print(x == y, x == dict(y), dict(x) == dict(y))
print(OrderedDict.fromkeys("abc", 0), OrderedDict(), list(reversed(x)))
x.update(k3=3)
x.setdefault("k0", 0)
print(x, x.pop("k1"), x.get("k9", "dflt"))
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    x.move_to_end("nope")
except KeyError as e:
    print("KeyError:", e)
