from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    def describe(self):
        return f"{type(self).__name__} area={self.area():.2f}"
class Rect(Shape):
    def __init__(self, w, h): self.w, self.h = w, h
    def area(self): return self.w * self.h
class Sq(Rect):
    def __init__(self, s): super().__init__(s, s)
try:
    Shape()
except TypeError as e:
    print(type(e).__name__, "abstract" in str(e), "area" in str(e))
for s in [Rect(2, 3.5), Sq(4)]:
    print(s.describe())
print(isinstance(Sq(1), Shape))
class Half(Shape):
    pass
try:
    Half()
except TypeError as e:
    print(type(e).__name__, "abstract" in str(e), "area" in str(e))
