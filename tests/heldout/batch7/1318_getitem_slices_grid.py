class Grid:
    def __init__(self, rows, cols, fill=0):
        self.rows, self.cols = rows, cols
        self.data = [[fill] * cols for _ in range(rows)]

    def _norm(self, key):
        if not isinstance(key, tuple) or len(key) != 2:
            raise TypeError("index must be (row, col)")
        return key

    def __getitem__(self, key):
        r, c = self._norm(key)
        if isinstance(r, slice) or isinstance(c, slice):
            rs = range(*(r if isinstance(r, slice) else slice(r, r + 1)).indices(self.rows))
            cs = range(*(c if isinstance(c, slice) else slice(c, c + 1)).indices(self.cols))
            return [[self.data[i][j] for j in cs] for i in rs]
        if not (0 <= r < self.rows and 0 <= c < self.cols):
            raise IndexError(f"cell {key} out of range")
        return self.data[r][c]

    def __setitem__(self, key, value):
        r, c = self._norm(key)
        rs = range(*r.indices(self.rows)) if isinstance(r, slice) else [r]
        cs = range(*c.indices(self.cols)) if isinstance(c, slice) else [c]
        for i in rs:
            for j in cs:
                self.data[i][j] = value

    def __str__(self):
        return "\n".join(" ".join(f"{v:2}" for v in row) for row in self.data)


g = Grid(4, 5)
for i in range(4):
    for j in range(5):
        g[i, j] = i * 5 + j
print(g)
print(g[1, 2], g[3, 4])
print(g[1:3, 1:4])
print(g[:, 0], g[0, ::2], g[::-1, 4])
g[0:2, 0:2] = -1
g[3, :] = 9
print(g)
for bad in [(4, 0), (0, -1)]:
    try:
        g[bad]
    except IndexError as e:
        print("IndexError:", e)
try:
    g[1]
except TypeError as e:
    print("TypeError:", e)


class Recorder:
    def __getitem__(self, key):
        return key


r = Recorder()
print(r[1], r[1:2], r[::3], r[1, 2:3], r[...], r["k"], r[:, None])
