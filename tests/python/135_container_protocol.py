# __getitem__/__setitem__/__delitem__/__len__/__contains__/__iter__ on a
# user container, and iteration through the old __getitem__ protocol.
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __getitem__(self, pos):
        x, y = pos
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f"{pos} outside grid")
        return self.cells.get(pos, ".")
    def __setitem__(self, pos, v):
        self.cells[pos] = v
    def __delitem__(self, pos):
        del self.cells[pos]
    def __len__(self):
        return len(self.cells)
    def __contains__(self, v):
        return v in self.cells.values()
g = Grid(3, 2)
g[0, 0] = "#"
g[2, 1] = "@"
print(len(g), g[0, 0], g[1, 1], "@" in g, "!" in g, bool(g))
del g[0, 0]
print(len(g), "#" in g)
try:
    g[5, 5]
except IndexError as e:
    print("IndexError:", e)
class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError
        return i * i
print(list(Squares()), 9 in Squares(), [x for x in Squares() if x % 2])
class Sliced:
    def __getitem__(self, item):
        return repr(item)
s = Sliced()
print(s[1], s[1:2], s[::3], s[1, 2:3], s["k"])
class Empty:
    def __len__(self):
        return 0
print(bool(Empty()), not Empty())
