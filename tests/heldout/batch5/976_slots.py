# __slots__
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"), Point.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
class Partial:
    __slots__ = ("a", "b")
q = Partial()
q.a = 1
try:
    print(q.b)
except AttributeError as e:
    print(type(e).__name__, e)
del q.a
print(hasattr(q, "a"))
class Point3(Point):
    __slots__ = ("z",)
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
p3 = Point3(1, 2, 3)
print(p3.x, p3.z, hasattr(p3, "__dict__"))
class Loose(Point):
    pass
lo = Loose(5, 6)
lo.extra = "ok"
print(lo.extra, vars(lo))
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.__dict__)
print(type(Point.x).__name__)
class Slotted:
    __slots__ = ("val",)
    kind = "class-attr"
    def __init__(self, v):
        self.val = v
    def __repr__(self):
        return f"Slotted({self.val})"
items = [Slotted(i) for i in range(3)]
print(items, items[0].kind)
try:
    items[0].kind = "x"
except AttributeError as e:
    print(type(e).__name__, e)
try:
    class Bad:
        __slots__ = ("x",)
        x = 5
except ValueError as e:
    print(type(e).__name__, e)
