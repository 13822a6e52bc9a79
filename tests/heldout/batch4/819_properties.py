# properties
class Temperature:
    def __init__(self, celsius=0.0):
        self._c = celsius
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError('below absolute zero')
        self._c = value
    @celsius.deleter
    def celsius(self):
        print('deleting')
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(type(e).__name__)
del t.celsius
print(t.celsius)
print(type(Temperature.celsius).__name__, Temperature.celsius.fget.__name__)
class Lazy:
    def __init__(self):
        self.computed = 0
    def _get(self):
        self.computed += 1
        return 42
    value = property(_get, doc='the value')
l = Lazy()
print(l.value, l.value, l.computed, Lazy.value.__doc__)
from functools import cached_property
class Data:
    def __init__(self):
        self.n = 0
    @cached_property
    def heavy(self):
        self.n += 1
        return [1, 2, 3]
d = Data()
print(d.heavy, d.heavy, d.n, 'heavy' in vars(d))
class Sub(Temperature):
    @property
    def celsius(self):
        return 'overridden'
print(Sub(3).celsius, Sub(3).fahrenheit)
