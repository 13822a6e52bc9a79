# a matrix class
class Matrix:
    def __init__(self, rows):
        if len({len(r) for r in rows}) > 1:
            raise ValueError("ragged rows")
        self.rows = [list(r) for r in rows]
        self.n, self.m = len(rows), len(rows[0]) if rows else 0
    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])
    def __repr__(self):
        return f"Matrix({self.rows})"
    def __str__(self):
        w = max(len(str(v)) for r in self.rows for v in r)
        return "\n".join(" ".join(str(v).rjust(w) for v in r) for r in self.rows)
    def __eq__(self, o):
        return isinstance(o, Matrix) and self.rows == o.rows
    def __add__(self, o):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, o.rows)])
    def __mul__(self, k):
        return Matrix([[v * k for v in r] for r in self.rows])
    __rmul__ = __mul__
    def __matmul__(self, o):
        if self.m != o.n:
            raise ValueError(f"shape mismatch {self.n}x{self.m} @ {o.n}x{o.m}")
        cols = list(zip(*o.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def transpose(self):
        return Matrix([list(c) for c in zip(*self.rows)])
    def det(self):
        if self.n == 1:
            return self.rows[0][0]
        if self.n == 2:
            (a, b), (c, d) = self.rows
            return a * d - b * c
        return sum((-1) ** j * self.rows[0][j] * Matrix([r[:j] + r[j + 1:] for r in self.rows[1:]]).det() for j in range(self.m))
    def __pow__(self, k):
        result = Matrix.identity(self.n)
        base = self
        while k:
            if k & 1:
                result = result @ base
            base = base @ base
            k >>= 1
        return result
A = Matrix([[1, 2], [3, 4]])
B = Matrix([[0, 1], [1, 0]])
print(A + B, A * 3, 2 * A, sep="\n--\n")
print(repr(A @ B), repr(A.transpose()))
print(A @ Matrix.identity(2) == A, A.det(), Matrix([[2, 0, 1], [1, 3, 2], [1, 1, 1]]).det())
fibm = Matrix([[1, 1], [1, 0]]) ** 30
print(fibm.rows[0][1])
C = Matrix([[1, 2, 3], [4, 5, 6]])
print(C @ C.transpose())
for bad in [lambda: C @ C, lambda: Matrix([[1, 2], [3]])]:
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__, e)
