from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(3, 4)
print(p)
print(p.x + p.y, p[0])
print(Point._fields)
q = p._replace(y=10)
print(q, p)
print(p._asdict())
print(Point._make([7, 8]))
x, y = p
print(x, y)
P3 = namedtuple("P3", "a b c", defaults=[0])
print(P3(1, 2))
print(P3._field_defaults)
try:
    Point(1)
except TypeError as e:
    print(type(e).__name__)
print(isinstance(p, tuple))
