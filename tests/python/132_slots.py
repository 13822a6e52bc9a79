# __slots__: allowed attributes, AttributeError for others, inheritance.
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
p.x = 10
print(p.x, p.y, Point.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
class Lazy:
    __slots__ = ("value",)
try:
    print(Lazy().value)
except AttributeError as e:
    print("AttributeError:", e)
class Point3(Point):
    __slots__ = ["z"]
q = Point3(1, 2)
q.z = 3
print(q.x, q.y, q.z, hasattr(q, "__dict__"), hasattr(p, "__dict__"))
del p.y
try:
    p.y
except AttributeError as e:
    print("AttributeError:", e)
