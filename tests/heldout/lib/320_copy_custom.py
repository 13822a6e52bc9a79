import copy
class Thing:
    def __init__(self, items):
        self.items = items
        self.copied = False
    def __copy__(self):
        t = Thing(self.items)
        t.copied = "shallow"
        return t
    def __deepcopy__(self, memo):
        t = Thing(copy.deepcopy(self.items, memo))
        t.copied = "deep"
        return t
t = Thing([1, [2]])
a = copy.copy(t)
b = copy.deepcopy(t)
print(a.copied, b.copied)
print(a.items is t.items, b.items is t.items, b.items == t.items)
class Plain:
    def __init__(self):
        self.x = [1]
p = Plain()
q = copy.copy(p)
print(q.x is p.x, type(q).__name__)
