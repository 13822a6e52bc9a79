# collections.OrderedDict
from collections import OrderedDict
od = OrderedDict()
od["b"] = 2
od["a"] = 1
od["c"] = 3
print(od, list(od))
od.move_to_end("b")
print(list(od))
od.move_to_end("b", last=False)
print(list(od))
print(od.popitem(), od.popitem(last=False), od)
o1 = OrderedDict([("x", 1), ("y", 2)])
o2 = OrderedDict([("y", 2), ("x", 1)])
print(o1 == o2, dict(o1) == dict(o2), o1 == {"y": 2, "x": 1})
class LRU:
    def __init__(self, cap):
        self.cap = cap
        self.data = OrderedDict()
    def get(self, k):
        if k not in self.data:
            return None
        self.data.move_to_end(k)
        return self.data[k]
    def put(self, k, v):
        self.data[k] = v
        self.data.move_to_end(k)
        if len(self.data) > self.cap:
            evicted = self.data.popitem(last=False)
            print("evict", evicted)
cache = LRU(2)
cache.put("a", 1)
cache.put("b", 2)
print(cache.get("a"))
cache.put("c", 3)
print(cache.get("b"), list(cache.data.items()))
try:
    OrderedDict().popitem()
except KeyError as e:
    print(type(e).__name__, e)
try:
    od.move_to_end("zz")
except KeyError as e:
    print(type(e).__name__, e)
od3 = OrderedDict.fromkeys("hello")
print(list(od3), "".join(od3))
print(list(reversed(OrderedDict(a=1, b=2, c=3))))
merged = OrderedDict(a=1) | {"b": 2}
print(type(merged).__name__, merged)
print(repr(OrderedDict()), OrderedDict(z=0).setdefault("z", 5))
