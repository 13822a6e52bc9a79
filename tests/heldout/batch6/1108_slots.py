class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


p = Point(1, 2)
print(p)
p.x = 10
print(p.x, p.y)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(p, "__dict__"))
print(Point.__slots__)


class Point3(Point):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


q = Point3(1, 2, 3)
print(q.x, q.y, q.z, hasattr(q, "__dict__"))
try:
    q.w = 1
except AttributeError:
    print("no w on Point3")


class Loose(Point):
    pass


l = Loose(0, 0)
l.extra = "ok"
print(l.extra, hasattr(l, "__dict__"), vars(l))

empty = Point.__new__(Point)
try:
    empty.x
except AttributeError as e:
    print("AttributeError unset slot")
empty.x = 5
del empty.x
print(hasattr(empty, "x"))


class WithDict:
    __slots__ = ("a", "__dict__")


w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.b, vars(w))


class Slotted:
    __slots__ = ("value",)
    default = 99

    def __init__(self, v=None):
        if v is not None:
            self.value = v


print(Slotted().default, Slotted(4).value)
print(Point3.__slots__, "x" in dir(Point))
print(sorted(s for s in dir(q) if not s.startswith("__")))
