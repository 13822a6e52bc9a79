class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o): return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o): return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k): return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self): return Vec(-self.x, -self.y)
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, o): return (self.x, self.y) == (o.x, o.y)
    def __lt__(self, o): return abs(self) < abs(o)
    def __iadd__(self, o):
        self.x += o.x; self.y += o.y
        return self
    def __repr__(self): return f"Vec({self.x}, {self.y})"
a, b = Vec(1, 2), Vec(3, 4)
print(a + b, a - b, a * 3, 2 * a, -a, abs(b))
print(a == Vec(1, 2), a < b, sorted([b, a]))
c = a
c += b
print(a, c is a)
class Money:
    def __init__(self, c): self.c = c
    def __add__(self, o):
        if isinstance(o, int): return Money(self.c + o)
        return NotImplemented
    def __radd__(self, o): return self.__add__(o)
    def __repr__(self): return f"Money({self.c})"
print(sum([Money(1), Money(2)], 0) if False else Money(1) + 5, 5 + Money(1))
try:
    Money(1) + "x"
except TypeError as e:
    print(type(e).__name__, e)
