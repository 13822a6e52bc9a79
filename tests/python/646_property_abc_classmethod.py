# property.__doc__ and fdel; abstract properties and abstract
# classmethods/staticmethods block instantiation; classmethod.__func__.
from abc import ABC, abstractmethod


class Temp:
    def __init__(self):
        self._c = 0

    @property
    def celsius(self):
        """Temperature in degrees Celsius."""
        return self._c

    @celsius.setter
    def celsius(self, v):
        self._c = v

    @celsius.deleter
    def celsius(self):
        print('deleting')

    @property
    def undocumented(self):
        return 1


print(Temp.celsius.__doc__, Temp.undocumented.__doc__)
print(Temp.celsius.fget.__name__, Temp.celsius.fset.__name__, Temp.celsius.fdel.__name__)
t = Temp()
t.celsius = 21
del t.celsius
print(t.celsius, property().fdel, property().__doc__)


class Shape(ABC):
    @property
    @abstractmethod
    def sides(self):
        ...

    @classmethod
    @abstractmethod
    def unit(cls):
        ...

    @staticmethod
    @abstractmethod
    def kind():
        ...

    def describe(self):
        return '%s with %d sides' % (self.kind(), self.sides)


class Square(Shape):
    sides = 4

    @classmethod
    def unit(cls):
        return cls()

    @staticmethod
    def kind():
        return 'square'


class HalfDone(Shape):
    @property
    def sides(self):
        return 3


print(sorted(Shape.__abstractmethods__), sorted(HalfDone.__abstractmethods__), Square.__abstractmethods__)
for cls in (Shape, HalfDone):
    try:
        cls()
    except TypeError as e:
        print('TypeError:', e)
print(Square.unit().describe())


class K:
    @classmethod
    def make(cls):
        """Make one."""
        return cls

    @staticmethod
    def helper(x):
        return x * 2


cm = K.__dict__['make']
sm = K.__dict__['helper']
print(cm.__func__.__name__, cm.__func__(K) is K, sm.__func__(21), cm.__doc__, getattr(sm, '__isabstractmethod__', False))
del Temp().undocumented
