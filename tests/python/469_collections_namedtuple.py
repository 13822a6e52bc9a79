# collections.namedtuple: fields, defaults, _make, _replace, _asdict, unpacking, errors
from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
p = Point(11, y=22)
print(p, p.x + p.y, p[0], p[-1], len(p), tuple(p), list(p))
x, y = p
print(x, y, p == (11, 22), p == Point(11, 22), hash(p) == hash((11, 22)))
print(p._asdict(), p._replace(x=100), Point._make([1, 2]), Point._fields)
Emp = namedtuple("Emp", "name dept salary", defaults=[0])
e = Emp("ann", "eng")
print(e, e.salary, Emp._field_defaults, Emp.__name__)
R = namedtuple("R", "a, b, a", rename=True)
print(R._fields)
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print(p.count(11), p.index(22), 22 in p, p[0:1])
for bad in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, z=2), lambda: p._replace(z=3),
            lambda: Point._make([1])]:
    try:
        bad()
    except (TypeError, ValueError) as err:
        print(type(err).__name__ + ":", err)
for fields in [["a", "a"], ["_x"], ["def"], ["1x"]]:
    try:
        namedtuple("T", fields)
    except ValueError as err:
        print("ValueError:", err)
try:
    p.x = 5
except AttributeError as err:
    print("AttributeError")
