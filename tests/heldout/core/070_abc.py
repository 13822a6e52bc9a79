from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def name(self): ...
    def describe(self):
        return f"{self.name()} with area {self.area()}"
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    def name(self): return "square"
class Half(Shape):
    def area(self): return 0
try:
    Shape()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Half()
except TypeError as e:
    print(type(e).__name__, e)
print(Sq(3).describe(), isinstance(Sq(1), Shape))
print(sorted(Shape.__abstractmethods__))
class Duck(ABC): pass
Duck.register(int)
print(isinstance(5, Duck), issubclass(int, Duck), issubclass(str, Duck))
