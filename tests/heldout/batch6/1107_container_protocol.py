class Matrix:
    def __init__(self, rows, cols, fill=0):
        self.rows, self.cols = rows, cols
        self._data = [[fill] * cols for _ in range(rows)]

    def __getitem__(self, key):
        if isinstance(key, tuple):
            r, c = key
            return self._data[r][c]
        return self._data[key]

    def __setitem__(self, key, value):
        r, c = key
        self._data[r][c] = value

    def __delitem__(self, key):
        del self._data[key]
        self.rows -= 1

    def __len__(self):
        return self.rows

    def __iter__(self):
        for row in self._data:
            yield list(row)

    def __contains__(self, value):
        return any(value in row for row in self._data)

    def __repr__(self):
        return f"Matrix({self._data})"


m = Matrix(3, 3)
for i in range(3):
    m[i, i] = i + 1
m[0, 2] = 9
print(m)
print(len(m), m[1, 1], m[0])
print(9 in m, 7 in m)
print(list(m))
del m[1]
print(m, len(m))


class Seq:
    """Old-style sequence protocol: only __getitem__."""

    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * 10


s = Seq(4)
print(list(s), 20 in s, 25 in s)
print([x for x in s if x > 0])
a, b, *rest = s
print(a, b, rest)


class Squares:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return [self[i] for i in range(*idx.indices(self.n))]
        if idx < 0:
            idx += self.n
        if not 0 <= idx < self.n:
            raise IndexError("index out of range")
        return idx * idx

    def __reversed__(self):
        return (self[i] for i in range(self.n - 1, -1, -1))


sq = Squares(6)
print(sq[2], sq[-1], sq[1:5], sq[::2], sq[::-1])
print(list(reversed(sq)))
try:
    sq[10]
except IndexError as e:
    print("IndexError:", e)
print(bool(Squares(0)), bool(sq))


class Bag(dict):
    def __missing__(self, key):
        return 0


b = Bag(a=1)
print(b["a"], b["zzz"], len(b))
