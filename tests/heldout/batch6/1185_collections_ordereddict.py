from collections import OrderedDict

od = OrderedDict()
od["b"] = 2
od["a"] = 1
od["c"] = 3
print(od, list(od.keys()))
od.move_to_end("b")
print(list(od))
od.move_to_end("c", last=False)
print(list(od))
print(od.popitem(), od.popitem(last=False), od)
o1 = OrderedDict([("x", 1), ("y", 2)])
o2 = OrderedDict([("y", 2), ("x", 1)])
print(o1 == o2, dict(o1) == dict(o2), o1 == {"y": 2, "x": 1})
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    o1.move_to_end("missing")
except KeyError as e:
    print("KeyError:", e)


class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()

    def get(self, key):
        if key not in self.data:
            return None
        self.data.move_to_end(key)
        return self.data[key]

    def put(self, key, value):
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = value
        if len(self.data) > self.capacity:
            evicted = self.data.popitem(last=False)
            print("  evicted", evicted)


cache = LRUCache(2)
cache.put("a", 1)
cache.put("b", 2)
print(cache.get("a"))
cache.put("c", 3)
print(cache.get("b"), list(cache.data))
cache.put("a", 10)
cache.put("d", 4)
print(list(cache.data.items()))
od3 = OrderedDict.fromkeys("hello")
print(list(od3), "".join(od3))
od4 = OrderedDict(sorted({"pear": 3, "apple": 1, "fig": 2}.items(), key=lambda kv: kv[1]))
print(od4, list(reversed(od4)))
od4 |= {"kiwi": 0}
print(od4, type(od4 | {}).__name__)
print(od4.setdefault("fig", 99), od4.pop("pear"), list(od4))
