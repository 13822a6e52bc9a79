import copy
orig = {"nums": [1, 2], "meta": {"k": "v"}}
sh = copy.copy(orig)
dp = copy.deepcopy(orig)
orig["nums"].append(3)
orig["meta"]["k"] = "changed"
print(sh, dp)
print(sh["nums"] is orig["nums"], dp["nums"] is orig["nums"])
a = [1]
cyc = [a, a]
d = copy.deepcopy(cyc)
print(d[0] is d[1], d[0] is a)
class Thing:
    def __init__(self, items): self.items = items
    def __copy__(self):
        print("custom copy")
        return Thing(self.items)
    def __deepcopy__(self, memo):
        print("custom deepcopy")
        return Thing(copy.deepcopy(self.items, memo))
t = Thing([1, 2])
t2, t3 = copy.copy(t), copy.deepcopy(t)
print(t2.items is t.items, t3.items is t.items, t3.items == t.items)
tup = (1, 2)
print(copy.copy(tup) is tup, copy.deepcopy("s") == "s")
self_ref = []
self_ref.append(self_ref)
c = copy.deepcopy(self_ref)
print(c[0] is c, c is not self_ref)
