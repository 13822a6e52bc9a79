class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.shape = (len(self.rows), len(self.rows[0]) if self.rows else 0)

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    def __repr__(self):
        return "Matrix(" + repr(self.rows) + ")"

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __add__(self, other):
        if self.shape != other.shape:
            raise ValueError(f"shape mismatch {self.shape} vs {other.shape}")
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __mul__(self, k):
        return Matrix([[x * k for x in r] for r in self.rows])

    __rmul__ = __mul__

    def __matmul__(self, other):
        if self.shape[1] != other.shape[0]:
            raise ValueError(f"cannot multiply {self.shape} by {other.shape}")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __pow__(self, n):
        result = Matrix.identity(self.shape[0])
        base = self
        while n:
            if n & 1:
                result = result @ base
            base = base @ base
            n >>= 1
        return result

    def __neg__(self):
        return self * -1

    def __abs__(self):
        return sum(abs(x) for r in self.rows for x in r)

    def __bool__(self):
        return any(x for r in self.rows for x in r)

    def __invert__(self):
        return Matrix(list(zip(*self.rows)))

    def __getitem__(self, rc):
        r, c = rc
        return self.rows[r][c]


A = Matrix([[1, 2], [3, 4]])
B = Matrix([[0, 1], [1, 0]])
print(A + B, A * 2, 3 * B, -A)
print(A @ B, B @ A, A @ Matrix.identity(2) == A)
fib = Matrix([[1, 1], [1, 0]])
print((fib ** 10)[0, 1], (fib ** 90)[0, 1], fib ** 0)
print(abs(-A), bool(Matrix([[0, 0]])), bool(A), ~Matrix([[1, 2, 3]]))
try:
    A + Matrix([[1, 2, 3]])
except ValueError as e:
    print("ValueError:", e)
try:
    A @ Matrix([[1, 2, 3]]) @ A
except ValueError as e:
    print("ValueError:", e)
M = A
M @= B
print(M, A, M is A)
try:
    A - B
except TypeError as e:
    print("TypeError:", e)
