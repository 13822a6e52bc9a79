import copy
orig = {"a": [1, 2], "b": {"c": 3}}
sh = copy.copy(orig)
dp = copy.deepcopy(orig)
orig["a"].append(99)
orig["b"]["c"] = 0
print(sh, dp)
lst = [[1], [2]]
l2 = lst[:]
l3 = list(lst)
lst[0].append("x")
print(l2, l3, l2 is lst, l2[0] is lst[0])
cyc = [1]
cyc.append(cyc)
c2 = copy.deepcopy(cyc)
print(c2[1] is c2, c2[1] is cyc, cyc)
class Node:
    def __init__(self, v): self.v = v; self.kids = []
    def __copy__(self):
        print("custom copy")
        n = Node(self.v); n.kids = self.kids
        return n
n = Node(1); n.kids.append(Node(2))
m = copy.copy(n)
print(m.kids is n.kids, copy.deepcopy(n).kids[0].v)
