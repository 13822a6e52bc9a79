class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
p.x = 10
print(p.x, p.y, hasattr(p, "__dict__"))
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__)
class P3(Point):
    __slots__ = ("z",)
q = P3(1, 2)
q.z = 3
print(q.x + q.y + q.z, Point.__slots__, P3.__slots__)
try:
    Point(0, 0).__getattribute__("x")
    r = Point.__new__(Point)
    print(r.x)
except AttributeError as e:
    print(type(e).__name__)
