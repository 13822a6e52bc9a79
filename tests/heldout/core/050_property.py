class Circle:
    def __init__(self, r):
        self.radius = r
    @property
    def radius(self):
        return self._r
    @radius.setter
    def radius(self, v):
        if v < 0:
            raise ValueError("negative radius")
        self._r = v
    @radius.deleter
    def radius(self):
        print("deleting")
        del self._r
    @property
    def diameter(self):
        return self._r * 2
c = Circle(3)
print(c.radius, c.diameter)
c.radius = 5
print(c.diameter)
try:
    c.radius = -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    c.diameter = 3
except AttributeError as e:
    print(type(e).__name__, e)
del c.radius
print(hasattr(c, "_r"))
print(type(Circle.radius).__name__)
