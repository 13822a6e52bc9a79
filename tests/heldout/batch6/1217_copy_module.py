import copy

original = {"name": "cfg", "tags": ["a", "b"], "nested": {"level": [1, 2]}}
shallow = copy.copy(original)
deep = copy.deepcopy(original)
shallow["tags"].append("c")
deep["nested"]["level"].append(3)
shallow["name"] = "changed"
print(original)
print(shallow)
print(deep)
print(shallow["tags"] is original["tags"], deep["tags"] is original["tags"])
lst = [[1, 2], [3]]
lc = lst.copy()
ls = lst[:]
ld = copy.deepcopy(lst)
lst[0].append(99)
print(lc, ls, ld)
shared = [0]
container = [shared, shared]
dc = copy.deepcopy(container)
print(dc[0] is dc[1], dc[0] is shared)
cyclic = [1]
cyclic.append(cyclic)
cc = copy.deepcopy(cyclic)
print(cc[1] is cc, cc is not cyclic)


class Point:
    def __init__(self, x, y, meta=None):
        self.x, self.y = x, y
        self.meta = meta if meta is not None else {}


p = Point(1, 2, {"color": "red"})
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
p2.meta["color"] = "blue"
print(p.meta, p3.meta, p2.x, type(p3).__name__)


class Tracked:
    def __init__(self, items):
        self.items = items
        self.copies = 0

    def __copy__(self):
        new = Tracked(self.items)
        new.copies = self.copies + 1
        return new

    def __deepcopy__(self, memo):
        new = Tracked(copy.deepcopy(self.items, memo))
        new.copies = -1
        return new


t = Tracked([1, [2]])
t1 = copy.copy(t)
t2 = copy.deepcopy(t)
print(t1.copies, t1.items is t.items, t2.copies, t2.items == t.items, t2.items is t.items)
tup = (1, [2])
print(copy.copy(tup) is tup, copy.deepcopy(tup) == tup, copy.deepcopy(tup)[1] is tup[1])
print(copy.copy(5), copy.deepcopy("s"), copy.copy(None), copy.deepcopy(frozenset({1})))
import types
ns = types.SimpleNamespace(a=[1])
ns2 = copy.deepcopy(ns)
ns2.a.append(2)
print(ns, ns2)
print(copy.copy([1, 2]) == [1, 2], copy.deepcopy({"k": (1, [2])}))
