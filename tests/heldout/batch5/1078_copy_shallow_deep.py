# copy.copy and copy.deepcopy
import copy
orig = {"name": "cfg", "tags": ["a", "b"], "nested": {"level": [1, 2]}}
shallow = copy.copy(orig)
deep = copy.deepcopy(orig)
orig["tags"].append("c")
orig["nested"]["level"].append(3)
orig["name"] = "changed"
print(shallow)
print(deep)
print(shallow["tags"] is orig["tags"], deep["tags"] is orig["tags"])
lst = [[1, 2], [3]]
c1 = copy.copy(lst)
c2 = copy.deepcopy(lst)
print(c1 == lst, c1 is lst, c1[0] is lst[0], c2[0] is lst[0])
t = (1, 2, 3)
print(copy.copy(t) is t, copy.deepcopy(t) is t)
t2 = (1, [2])
print(copy.deepcopy(t2) is t2, copy.deepcopy(t2) == t2)
s = "immutable"
print(copy.copy(s) is s, copy.deepcopy(42) == 42)
class Point:
    def __init__(self, x, y, history=None):
        self.x, self.y = x, y
        self.history = history if history is not None else []
    def __repr__(self):
        return f"Point({self.x}, {self.y}, {self.history})"
p = Point(1, 2, ["start"])
p_shallow = copy.copy(p)
p_deep = copy.deepcopy(p)
p.history.append("moved")
p.x = 100
print(p, p_shallow, p_deep, sep="\n")
cyc = [1]
cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[1] is dc, dc[1] is cyc, len(dc))
shared = [0]
container = [shared, shared]
dcont = copy.deepcopy(container)
print(dcont[0] is dcont[1], dcont[0] is shared)
print(copy.copy({1, 2}) == {1, 2}, type(copy.copy(frozenset([1]))).__name__)
def f():
    pass
print(copy.copy(f) is f, copy.deepcopy(f) is f)
print(copy.copy(bytearray(b"x")), copy.deepcopy([1.5, None, True]))
