# operator overloading
class Vec:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f'Vec({self.x}, {self.y})'
    def __add__(self, o): return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o): return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self): return Vec(-self.x, -self.y)
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, o): return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __lt__(self, o): return abs(self) < abs(o)
    def __iadd__(self, o):
        self.x += o.x
        self.y += o.y
        return self
    def __matmul__(self, o): return self.x * o.y - self.y * o.x
    def __truediv__(self, k): return Vec(self.x / k, self.y / k)
    def __floordiv__(self, k): return Vec(self.x // k, self.y // k)
    def __mod__(self, k): return Vec(self.x % k, self.y % k)
    def __pow__(self, n): return Vec(self.x ** n, self.y ** n)
    __hash__ = None
a, b = Vec(1, 2), Vec(3, 4)
print(a + b, a - b, a * 3, 3 * a, a * b, -a, abs(b))
print(a == Vec(1, 2), a != b, a < b, b > a, sorted([b, a]), a @ b)
print(b / 2, b // 2, b % 3, a ** 2)
c = a
c += b
print(c, a, c is a)
try:
    {a}
except TypeError as e:
    print(type(e).__name__, e)
class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o):
        if not isinstance(o, (int, Num)):
            return NotImplemented
        return Num(self.v + (o.v if isinstance(o, Num) else o))
    def __radd__(self, o): return self + o
    def __repr__(self): return f'Num({self.v})'
print(Num(1) + 2, 3 + Num(1), sum([Num(1), Num(2)], Num(0)))
try:
    Num(1) + 'x'
except TypeError as e:
    print(type(e).__name__, e)
class Bits:
    def __init__(self, v): self.v = v
    def __and__(self, o): return Bits(self.v & o.v)
    def __or__(self, o): return Bits(self.v | o.v)
    def __xor__(self, o): return Bits(self.v ^ o.v)
    def __invert__(self): return Bits(~self.v)
    def __lshift__(self, n): return Bits(self.v << n)
    def __rshift__(self, n): return Bits(self.v >> n)
    def __repr__(self): return f'Bits({self.v:#b})'
x, y = Bits(0b1100), Bits(0b1010)
print(x & y, x | y, x ^ y, ~x, x << 2, x >> 2)
