import copy
orig = {"a": [1, 2], "b": {"c": [3]}}
sh = copy.copy(orig)
dp = copy.deepcopy(orig)
orig["a"].append(99)
orig["b"]["c"].append(100)
print(sh, dp)
print(sh["a"] is orig["a"], dp["a"] is orig["a"])
lst = [[0]] * 2
d2 = copy.deepcopy(lst)
d2[0].append(1)
print(d2, d2[0] is d2[1])
class Node:
    def __init__(self, v):
        self.v, self.children = v, []
    def __copy__(self):
        n = Node(self.v)
        n.children = self.children
        return n
n = Node(1)
n.children.append(Node(2))
c1, c2 = copy.copy(n), copy.deepcopy(n)
print(c1.children is n.children, c2.children is n.children, c2.children[0].v)
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc[0])
print(copy.copy((1, 2)) == (1, 2), copy.deepcopy("s"))
