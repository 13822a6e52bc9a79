# collections.namedtuple
from collections import namedtuple
Point = namedtuple('Point', ['x', 'y'])
p = Point(3, 4)
print(p, p.x, p[1], p._fields, len(p), p == (3, 4))
print(p._asdict(), p._replace(x=10), Point._make([5, 6]))
x, y = p
print(x + y, sum(p), max(p))
Color = namedtuple('Color', 'r g b', defaults=[0])
print(Color(1, 2), Color._field_defaults)
Rec = namedtuple('Rec', 'name class def', rename=True)
print(Rec._fields)
try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Point(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    namedtuple('Bad', ['1x'])
except ValueError as e:
    print(type(e).__name__, e)
class Vector(namedtuple('Vector', 'x y')):
    __slots__ = ()
    @property
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)
v = Vector(3, 4) + Vector(0, 0)
print(v, v.norm, isinstance(v, tuple))
people = [Point(2, 'b'), Point(1, 'a'), Point(2, 'a')]
print(sorted(people), sorted(people, key=lambda q: q.y))
Emp = namedtuple('Emp', 'name dept', module='mymod')
print(Emp.__module__, Emp.__name__, Emp('a', 'b'))
print(Point.x.__doc__, type(p).__mro__[1].__name__)
print(dict(zip(Point._fields, p)), Point(**{'x': 1, 'y': 2}))
