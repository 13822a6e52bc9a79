# dunder methods for arithmetic operators
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __add__(self, o):
        if not isinstance(o, Vec):
            return NotImplemented
        return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k)
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return NotImplemented
    __rmul__ = __mul__
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __pow__(self, n):
        return Vec(self.x ** n, self.y ** n)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __matmul__(self, o):
        return self.x * o.y - self.y * o.x
    def __bool__(self):
        return bool(self.x or self.y)
    def __iadd__(self, o):
        self.x += o.x
        self.y += o.y
        return self
a, b = Vec(3, 4), Vec(1, 2)
print(a + b, a - b, a * 2, 3 * a, a * b, a / 2, a ** 2)
print(-a, abs(a), a @ b, bool(Vec(0, 0)), bool(a))
c = a
c += b
print(c, a, c is a)
try:
    a + 5
except TypeError as e:
    print(type(e).__name__, e)
class Num:
    def __init__(self, v):
        self.v = v
    def __radd__(self, other):
        return Num(other + self.v)
    def __add__(self, other):
        return Num(self.v + (other.v if isinstance(other, Num) else other))
    def __repr__(self):
        return f"Num({self.v})"
    def __index__(self):
        return self.v
    def __int__(self):
        return self.v
print(10 + Num(5), sum([Num(1), Num(2)], 0), [0, 1, 2, 3][Num(2)], hex(Num(255)))
print(int(Num(7)), bin(Num(5)), range(Num(3)))
