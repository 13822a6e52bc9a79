# functools.cached_property computes once per instance, can be reset with del
import functools


class Circle:
    def __init__(self, r):
        self.r = r
        self.calls = 0

    @functools.cached_property
    def area(self):
        self.calls += 1
        return 3 * self.r * self.r


c = Circle(2)
print(c.area, c.area, c.calls)
c.r = 10
print(c.area, c.calls)
del c.area
print(c.area, c.calls)
d = Circle(1)
print(d.area, d.calls, c.calls, type(Circle.area).__name__, Circle.area.attrname)
c.area = 5
print(c.area)
