# abc: abstract base classes
from abc import ABC, ABCMeta, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @property
    @abstractmethod
    def name(self): ...
    def describe(self):
        return f'{self.name} with area {self.area():.2f}'
class Circle(Shape):
    def __init__(self, r): self.r = r
    def area(self): return 3.14159 * self.r ** 2
    @property
    def name(self):
        return 'circle'
print(Circle(1).describe())
try:
    Shape()
except TypeError as e:
    print(type(e).__name__, e)
class Half(Shape):
    def area(self): return 0
try:
    Half()
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__), Circle.__abstractmethods__ == frozenset())
class Serializer(metaclass=ABCMeta):
    @abstractmethod
    def dump(self, x):
        pass
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Serializer and any('dump' in B.__dict__ for B in C.__mro__):
            return True
        return NotImplemented
class Duck:
    def dump(self, x):
        return str(x)
print(issubclass(Duck, Serializer), isinstance(Duck(), Serializer), issubclass(int, Serializer))
class Plugin(ABC):
    pass
class External:
    pass
Plugin.register(External)
print(issubclass(External, Plugin), isinstance(External(), Plugin), External.__mro__[-1].__name__)
class Base(ABC):
    @abstractmethod
    def run(self):
        return 'base run'
class Impl(Base):
    def run(self):
        return 'impl + ' + super().run()
print(Impl().run())
from collections.abc import Sized
class Box:
    def __len__(self):
        return 3
print(isinstance(Box(), Sized), issubclass(list, Sized))
