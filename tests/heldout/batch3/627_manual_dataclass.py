class Point:
    __slots__ = ("x", "y")
    def __init__(self, x=0, y=0):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"{type(self).__name__}(x={self.x!r}, y={self.y!r})"
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def _replace(self, **kw):
        vals = {"x": self.x, "y": self.y, **kw}
        return Point(**vals)
p = Point(1, 2)
print(p, p == Point(1, 2), p == Point(2, 1), p != Point(1, 2))
print(p._replace(y=9))
print(len({Point(1, 2), Point(1, 2), Point(0, 0)}))
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__)
print(Point())
print(p.__eq__(5))
