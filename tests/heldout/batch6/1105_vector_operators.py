import math


class Vec:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Vec({self.x!r}, {self.y!r})"

    def __add__(self, other):
        if not isinstance(other, Vec):
            return NotImplemented
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k)
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)

    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)

    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __pos__(self):
        return self

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __eq__(self, other):
        return isinstance(other, Vec) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __bool__(self):
        return bool(self.x or self.y)

    def __matmul__(self, other):
        return self.x * other.y - self.y * other.x

    def __pow__(self, n):
        return Vec(self.x ** n, self.y ** n)


a = Vec(3, 4)
b = Vec(1, -2)
print(a + b, a - b, a * 2, 3 * a, a * b)
print(a / 2, a // 3, a % 3, -a, +a, abs(a))
print(a @ b, a ** 2)
print(a == Vec(3, 4), a != b, a == (3, 4))
print(bool(Vec(0, 0)), bool(a))
print(len({a, Vec(3, 4), b}))
try:
    a + 1
except TypeError as e:
    print("TypeError:", e)
try:
    a * "s"
except TypeError as e:
    print("TypeError:", e)
total = sum([a, b, Vec(0, 1)], Vec(0, 0))
print(total)
c = a
c += b
print(c, a, c is a)
