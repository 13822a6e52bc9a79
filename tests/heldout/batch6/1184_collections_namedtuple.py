from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
p = Point(3, 4)
print(p, p.x, p[1], len(p), p == (3, 4), isinstance(p, tuple))
x, y = p
print(x + y, p._asdict(), p._replace(x=10), p._fields, Point._fields)
print(Point._make([7, 8]), Point(y=1, x=2), hash(p) == hash((3, 4)))
try:
    p.x = 5
except AttributeError:
    print("AttributeError on assignment")
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
Employee = namedtuple("Employee", "name dept salary", defaults=[50000])
e1 = Employee("ann", "eng")
e2 = Employee("bob", "ops", 60000)
print(e1, e2, Employee._field_defaults)
staff = [e2, e1, Employee("cid", "eng", 70000)]
print(sorted(staff, key=lambda e: e.salary))
print(max(staff, key=lambda e: e.salary).name, sum(e.salary for e in staff))
Row = namedtuple("Row", "id class def", rename=True)
print(Row._fields)
try:
    namedtuple("Bad", "a a")
except ValueError as e:
    print("ValueError:", e)
try:
    namedtuple("Bad", "1abc")
except ValueError as e:
    print("ValueError:", e)


class Vector(namedtuple("Vector", "x y")):
    __slots__ = ()

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    @property
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5


v = Vector(3, 4) + Vector(1, 1)
print(v, v.norm, Vector(3, 4).norm)
Color = namedtuple("Color", "r g b")
palette = {Color(255, 0, 0): "red", Color(0, 0, 255): "blue"}
print(palette[(255, 0, 0)], Color(*[0, 0, 255]) in palette)
print(list(Point(5, 6)), tuple(p), dict(zip(p._fields, p)), Point.__name__)
print(p._replace(y=p.y * 2)._asdict())
print(repr(Employee("z", "d")), Employee.__doc__)
