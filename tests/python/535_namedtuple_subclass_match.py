# subclassing a namedtuple class; match on __match_args__; star-unpacking
from collections import namedtuple


class Point(namedtuple('Point', 'x y')):
    __slots__ = ()

    @property
    def hypot(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __str__(self):
        return 'Point: x=%6.3f  y=%6.3f  hypot=%6.3f' % (self.x, self.y, self.hypot)


p = Point(3, 4)
print(p, repr(p), p.hypot, Point.__mro__[1].__name__, Point.__match_args__, isinstance(p, tuple))
print(p._replace(x=6), type(p._replace(x=6)).__name__, Point._make([5, 12]).hypot)
for v in [p, Point(0, 7), (1, 2)]:
    match v:
        case Point(x=0, y=y):
            print('on y axis', y)
        case Point(x, y):
            print('point', x, y)
        case (a, b):
            print('plain tuple', a, b)
first, *rest = Point(1, 2)
print(first, rest, [*p], dict(zip(p._fields, p)))
