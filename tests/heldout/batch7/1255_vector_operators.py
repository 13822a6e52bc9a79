import math


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

    def __add__(self, other):
        if not isinstance(other, Vec):
            return NotImplemented
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return Vec(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __bool__(self):
        return bool(self.x or self.y)

    def __eq__(self, other):
        return isinstance(other, Vec) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __iter__(self):
        yield self.x
        yield self.y

    def __iadd__(self, other):
        self.x += other.x
        self.y += other.y
        return self


a, b = Vec(3, 4), Vec(1, -2)
print(a + b, a - b, a * 2, 3 * b, a * b)
print(-a, abs(a), a / 2)
print(bool(Vec(0, 0)), bool(b))
print(a == Vec(3, 4), a != b, a == (3, 4))
print(len({Vec(1, 1), Vec(1, 1), Vec(2, 1)}))
x, y = a
print(x, y, list(b), tuple(a + b))
c = a
c += b
print(c, a, c is a)
try:
    a + 5
except TypeError as e:
    print("TypeError:", e)
pos, vel = Vec(0, 0), Vec(1.5, 2)
for step in range(4):
    pos = pos + vel
    vel = vel * 0.5
print(pos, round(abs(pos), 4))
print(sum([Vec(1, 2), Vec(3, 4)], Vec(0, 0)))
