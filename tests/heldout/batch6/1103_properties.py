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
        self._c = float(value)

    @celsius.deleter
    def celsius(self):
        print("deleting celsius")
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
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
print(t.celsius)
del t.celsius
print(hasattr(t, "_c"))
try:
    t.celsius
except AttributeError:
    print("AttributeError after delete")


class Circle:
    def __init__(self, r):
        self.r = r

    @property
    def area(self):
        return round(3.14159 * self.r ** 2, 3)


c = Circle(2)
print(c.area)
try:
    c.area = 10
except AttributeError as e:
    print("AttributeError")
print(type(Circle.area).__name__)
print(Circle.area.fget is not None, Circle.area.fset is None)


def get_name(self):
    return self._name.upper()


def set_name(self, v):
    self._name = v.strip()


class Person:
    name = property(get_name, set_name, doc="The name")


p = Person()
p.name = "  ada  "
print(p.name, Person.name.__doc__)


class Base:
    @property
    def value(self):
        return 1


class Derived(Base):
    @property
    def value(self):
        return super().value + 10


print(Derived().value)
