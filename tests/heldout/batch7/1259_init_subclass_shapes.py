import math


class Shape:
    kinds = {}

    def __init_subclass__(cls, /, sides=None, **kwargs):
        super().__init_subclass__(**kwargs)
        if sides is None:
            raise TypeError(f"{cls.__name__} must declare sides")
        cls.sides = sides
        Shape.kinds[cls.__name__.lower()] = cls

    @classmethod
    def create(cls, kind, *args):
        try:
            return cls.kinds[kind](*args)
        except KeyError:
            raise ValueError(f"unknown shape {kind!r}") from None


class Circle(Shape, sides=0):
    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2


class Rect(Shape, sides=4):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Square(Rect, sides=4):
    def __init__(self, s):
        super().__init__(s, s)


class Triangle(Shape, sides=3):
    def __init__(self, a, b, c):
        self.a, self.b, self.c = a, b, c

    def area(self):
        s = (self.a + self.b + self.c) / 2
        return math.sqrt(s * (s - self.a) * (s - self.b) * (s - self.c))


print(sorted(Shape.kinds))
specs = [("circle", 1), ("rect", 2, 3), ("square", 4), ("triangle", 3, 4, 5)]
for spec in specs:
    s = Shape.create(*spec)
    print(f"{type(s).__name__:8} sides={s.sides} area={s.area():.3f}")
try:
    Shape.create("hexagon", 1)
except ValueError as e:
    print("ValueError:", e, e.__cause__, e.__suppress_context__)
try:
    class Blob(Shape):
        pass
except TypeError as e:
    print("TypeError:", e)
print("blob" in Shape.kinds)
try:
    class Weird(Shape, sides=5, colour="red"):
        pass
except TypeError:
    print("TypeError for unexpected class keyword")
