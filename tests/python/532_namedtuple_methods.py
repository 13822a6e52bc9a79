# namedtuple _make, _replace, _asdict, __getnewargs__, _fields
from collections import namedtuple

Point = namedtuple('Point', 'x y')
p = Point._make([11, 22])
print(p, type(p) is Point, p._replace(x=5), p._replace(), p._asdict(), type(p._asdict()).__name__)
print(p.__getnewargs__(), Point._fields, p._fields, Point._make(range(2)), Point._make(iter('ab')))
try:
    Point._make([1, 2, 3])
except TypeError as e:
    print('TypeError:', e)
try:
    Point._make([1])
except TypeError as e:
    print('TypeError:', e)
try:
    p._replace(z=1)
except ValueError as e:
    print('ValueError:', e)
try:
    p._replace(x=1, w=2, v=3)
except ValueError as e:
    print('ValueError:', e)
Point3 = namedtuple('Point3', Point._fields + ('z',))
print(Point3(1, 2, 3), Point3._fields)
