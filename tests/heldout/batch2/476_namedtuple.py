from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(3, 4)
print(p, p.x, p[1], p._asdict(), len(p))
q = p._replace(x=10)
print(q, p == (3, 4), Point._fields)
x, y = p
print(x * y)
Emp = namedtuple("Emp", "name dept salary", defaults=[1000])
e = Emp("ann", "eng")
print(e, Emp._field_defaults)
print(Emp._make(["bob", "ops", 5]))
try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__)
class P3(namedtuple("P3", "x y z")):
    __slots__ = ()
    def norm1(self):
        return abs(self.x) + abs(self.y) + abs(self.z)
print(P3(1, -2, 3).norm1(), P3(1, 2, 3))
