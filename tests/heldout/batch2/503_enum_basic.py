from enum import Enum, auto
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.GREEN), Color.BLUE.name, Color.BLUE.value)
print(Color(2), Color["RED"], [c.name for c in Color], len(Color))
print(Color.RED is Color(1), Color.RED == 1, isinstance(Color.RED, Color))
try:
    Color(7)
except ValueError as e:
    print(type(e).__name__, e)
class Status(Enum):
    ACTIVE = auto()
    INACTIVE = auto()
    ALIAS = 1
print([s.name for s in Status], Status.ALIAS is Status.ACTIVE, Status.INACTIVE.value)
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)
    def __init__(self, mass, radius):
        self.mass, self.radius = mass, radius
print(Planet.MARS.radius, Planet.EARTH.mass > Planet.MARS.mass)
d = {Color.RED: "stop", Color.GREEN: "go"}
print(d[Color.GREEN], sorted(Color.__members__))
