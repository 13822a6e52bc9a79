from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(3, 4)
print(p, p.x, p[1], p._fields)
x, y = p
print(x + y, p._asdict())
print(p._replace(x=10), Point._make([5, 6]))
Emp = namedtuple("Emp", "name dept salary", defaults=[1000])
e = Emp("ann", "eng")
print(e, Emp._field_defaults)
print(p == (3, 4), isinstance(p, tuple), len(p))
try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__)
R = namedtuple("R", "a def", rename=True)
print(R._fields)
class P3(namedtuple("P3", "x y z")):
    def norm1(self):
        return abs(self.x) + abs(self.y) + abs(self.z)
print(P3(1, -2, 3).norm1(), sorted([Point(2, 1), Point(1, 5)]))
