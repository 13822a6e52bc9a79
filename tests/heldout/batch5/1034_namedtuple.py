# collections.namedtuple
from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(3, 4)
print(p, p.x, p[1], len(p), tuple(p))
x, y = p
print(x + y, p == (3, 4), isinstance(p, tuple))
print(p._replace(x=10), p._asdict(), Point._fields)
print(Point._make([5, 6]), Point(y=1, x=2))
try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Point(1)
except TypeError as e:
    print(type(e).__name__, e)
Employee = namedtuple("Employee", "name dept salary", defaults=[50000])
staff = [Employee("ann", "eng", 120000), Employee("bob", "ops"), Employee("cy", "eng", 95000)]
print(staff[1], Employee._field_defaults)
print(sorted(staff, key=lambda e: e.salary)[0].name, max(staff, key=lambda e: e.salary).name)
print(sum(e.salary for e in staff if e.dept == "eng"))
class Vector(namedtuple("Vector", "dx dy")):
    __slots__ = ()
    def __add__(self, o):
        return Vector(self.dx + o.dx, self.dy + o.dy)
    @property
    def length(self):
        return (self.dx ** 2 + self.dy ** 2) ** 0.5
v = Vector(3, 4) + Vector(1, 1)
print(v, v.length, type(v).__name__)
Row = namedtuple("Row", ["id", "class", "def"], rename=True)
print(Row._fields)
try:
    namedtuple("Bad", ["ok", "1bad"])
except ValueError as e:
    print(type(e).__name__, e)
print(hash(Point(1, 2)) == hash((1, 2)), {Point(1, 2): "a"}[(1, 2)])
print(Point.__name__, Point.x.__doc__)
