class Temperature:
    def __init__(self, celsius=0.0):
        self.celsius = celsius
        self.changes = 0

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if not isinstance(value, (int, float)):
            raise TypeError("temperature must be a number")
        if value < -273.15:
            raise ValueError(f"{value} is below absolute zero")
        self._c = float(value)
        self.changes = getattr(self, "changes", -1) + 1

    @celsius.deleter
    def celsius(self):
        print("resetting")
        self._c = 0.0

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9

    @property
    def kelvin(self):
        return round(self._c + 273.15, 2)


t = Temperature(25)
print(t.celsius, t.fahrenheit, t.kelvin, t.changes)
t.fahrenheit = 212
print(t.celsius, t.fahrenheit, t.changes)
for bad in (-300, "hot", None):
    try:
        t.celsius = bad
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(t.celsius)
del t.celsius
print(t.celsius, t.kelvin)
try:
    t.kelvin = 5
except AttributeError as e:
    print("AttributeError raised")
print(type(Temperature.celsius).__name__)
print(Temperature.fahrenheit.fget is not None, Temperature.kelvin.fset is None)
readings = [Temperature(c) for c in (-10, 0, 37.5, 100)]
print([round(r.fahrenheit, 1) for r in readings])
print(max(readings, key=lambda r: r.kelvin).celsius)
