# container dunder methods
class SparseVector:
    def __init__(self, size):
        self.size = size
        self.data = {}
    def __len__(self):
        return self.size
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.size))]
        if i < 0:
            i += self.size
        if not 0 <= i < self.size:
            raise IndexError("sparse index out of range")
        return self.data.get(i, 0)
    def __setitem__(self, i, v):
        if v == 0:
            self.data.pop(i, None)
        else:
            self.data[i] = v
    def __delitem__(self, i):
        del self.data[i]
    def __contains__(self, v):
        return v in self.data.values() or (v == 0 and len(self.data) < self.size)
    def __iter__(self):
        for i in range(self.size):
            yield self[i]
    def __repr__(self):
        return f"SparseVector({dict(sorted(self.data.items()))}, size={self.size})"
v = SparseVector(6)
v[1] = 5
v[4] = 7
v[2] = 0
print(v, len(v), v[1], v[-2], v[0], v[1:5], list(v))
print(5 in v, 0 in v, 9 in v)
del v[1]
print(v, bool(v), sum(v))
try:
    v[10]
except IndexError as e:
    print(type(e).__name__, e)
class DefaultDict(dict):
    def __missing__(self, key):
        self[key] = f"<{key}>"
        return self[key]
d = DefaultDict(a=1)
print(d["a"], d["zz"], d, d.get("q"))
class Matrix:
    def __init__(self):
        self.cells = {}
    def __getitem__(self, key):
        r, c = key
        return self.cells.get((r, c), ".")
    def __setitem__(self, key, val):
        self.cells[key] = val
m = Matrix()
m[0, 1] = "X"
m[1, 0] = "O"
print("\n".join("".join(m[r, c] for c in range(3)) for r in range(2)))
