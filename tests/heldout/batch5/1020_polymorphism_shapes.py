# polymorphism with an abstract-style base class
import math
class Shape:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area")
    def perimeter(self):
        raise NotImplementedError
    def describe(self):
        return f"{type(self).__name__:<9} area={self.area():8.3f} perim={self.perimeter():7.3f}"
    def __lt__(self, other):
        return self.area() < other.area()
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return math.pi * self.r ** 2
    def perimeter(self):
        return 2 * math.pi * self.r
class Triangle(Shape):
    def __init__(self, a, b, c):
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError(f"invalid triangle {a}, {b}, {c}")
        self.sides = (a, b, c)
    def perimeter(self):
        return sum(self.sides)
    def area(self):
        s = self.perimeter() / 2
        a, b, c = self.sides
        return math.sqrt(s * (s - a) * (s - b) * (s - c))
class Blob(Shape):
    pass
shapes = [Rect(3, 4), Square(2), Circle(1), Triangle(3, 4, 5), Circle(0.5)]
for s in shapes:
    print(s.describe())
print([type(s).__name__ for s in sorted(shapes)])
print(f"total area {sum(s.area() for s in shapes):.4f}")
print(max(shapes).describe())
try:
    Blob().describe()
except NotImplementedError as e:
    print(type(e).__name__, e)
try:
    Triangle(1, 2, 10)
except ValueError as e:
    print(type(e).__name__, e)
counts = {}
for s in shapes:
    for cls in type(s).__mro__:
        counts[cls.__name__] = counts.get(cls.__name__, 0) + (cls is not object)
print(sorted(counts.items()))
