from collections import OrderedDict
od = OrderedDict()
od["b"] = 2; od["a"] = 1; od["c"] = 3
print(list(od.items()))
od.move_to_end("b")
print(list(od))
od.move_to_end("c", last=False)
print(list(od))
print(od.popitem(), od.popitem(last=False), od)
a = OrderedDict([("x", 1), ("y", 2)])
b = OrderedDict([("y", 2), ("x", 1)])
print(a == b, dict(a) == dict(b), a == dict(b))
class LRU(OrderedDict):
    def __init__(self, cap):
        super().__init__(); self.cap = cap
    def get_(self, k):
        self.move_to_end(k); return self[k]
    def put(self, k, v):
        self[k] = v; self.move_to_end(k)
        if len(self) > self.cap:
            self.popitem(last=False)
c = LRU(2)
c.put(1, "a"); c.put(2, "b"); c.get_(1); c.put(3, "c")
print(list(c.keys()))
