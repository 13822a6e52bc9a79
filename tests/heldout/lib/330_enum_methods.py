from enum import Enum
class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        G = 6.673e-11
        return round(G * self.mass / (self.radius * self.radius), 2)
    def describe(self):
        return f"{self.name.title()}: g={self.gravity}"
for p in Planet:
    print(p.describe())
print(Planet.EARTH.value)
class Shape(Enum):
    SQUARE = "sq"
    @classmethod
    def default(cls):
        return cls.SQUARE
print(Shape.default(), Shape("sq").name)
