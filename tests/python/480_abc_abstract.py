# abc: ABC, abstractmethod, instantiation errors, register, isinstance/issubclass
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def name(self):
        ...

    def describe(self):
        return "%s with area %s" % (self.name(), self.area())


class Half(Shape):
    def area(self):
        return 1


class Square(Half):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s

    def name(self):
        return "square"


print(Square(3).describe(), isinstance(Square(2), Shape), issubclass(Square, Shape))
for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
print(sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__), Square.__abstractmethods__)


class Drawable(metaclass=ABCMeta):
    pass


class Sprite:
    pass


print(isinstance(Sprite(), Drawable), issubclass(Sprite, Drawable))
Drawable.register(Sprite)
print(isinstance(Sprite(), Drawable), issubclass(Sprite, Drawable), isinstance(1, Drawable))
print(isinstance(Square(1), ABC), type(Shape).__name__)
