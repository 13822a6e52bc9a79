from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
    def describe(self):
        return f"{type(self).__name__} with area {self.area():.2f}"
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Tri(Shape):
    def __init__(self, b, h):
        self.b, self.h = b, h
    def area(self):
        return 0.5 * self.b * self.h
try:
    Shape()
except TypeError as e:
    print(type(e).__name__, "Shape" in str(e), "area" in str(e))
class Bad(Shape):
    pass
try:
    Bad()
except TypeError as e:
    print(type(e).__name__)
shapes = [Rect(2, 3), Tri(4, 5)]
for s in shapes:
    print(s.describe())
print(sum(s.area() for s in shapes), isinstance(shapes[0], Shape))
