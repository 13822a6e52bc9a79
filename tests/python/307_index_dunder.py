# __index__ lets objects be used as sequence indices and by bin/hex/oct.
class Idx:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n
items = ["a", "b", "c", "d"]
print(items[Idx(1)], items[Idx(-1)], "xyz"[Idx(2)], (10, 20)[Idx(0)], b"AB"[Idx(1)])
items[Idx(0)] = "A"
del items[Idx(3)]
print(items)
print(bin(Idx(5)), hex(Idx(255)), oct(Idx(8)))
class Bad:
    def __index__(self):
        return "no"
try:
    items[Bad()]
except TypeError as e:
    print("TypeError:", e)
class NoIndex:
    pass
try:
    items[NoIndex()]
except TypeError as e:
    print("TypeError:", e)
items[NoIndex()]
