# properties
class Temperature:
    def __init__(self, celsius=0.0):
        self.celsius = celsius
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value
    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9
t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.fahrenheit = 212
print(t.celsius, round(t.fahrenheit, 1))
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
del t.celsius
print(hasattr(t, "_c"))
try:
    t.celsius
except AttributeError as e:
    print(type(e).__name__)
class Circle:
    def __init__(self, r):
        self.r = r
    @property
    def area(self):
        """Area of the circle."""
        return round(3.14159 * self.r ** 2, 3)
c = Circle(2)
print(c.area)
try:
    c.area = 5
except AttributeError as e:
    print(type(e).__name__)
print(type(Circle.area).__name__, Circle.area.__doc__)
class Child(Temperature):
    @Temperature.celsius.getter
    def celsius(self):
        return round(self._c, 1)
ch = Child(36.666)
print(ch.celsius, ch.fahrenheit > 97)
