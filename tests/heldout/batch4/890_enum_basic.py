# enum basics
from enum import Enum, auto
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.GREEN), Color.RED.name, Color.RED.value, type(Color.RED).__name__)
print(Color(2), Color['BLUE'], Color.CRIMSON is Color.RED, Color.CRIMSON.name)
print(list(Color), len(Color), [c.name for c in Color])
print(list(Color.__members__), Color.__members__['CRIMSON'])
print(Color.RED == Color.RED, Color.RED == 1, Color.RED is Color(1), Color.RED in Color)
try:
    Color(7)
except ValueError as e:
    print(type(e).__name__, e)
try:
    Color['PURPLE']
except KeyError as e:
    print(type(e).__name__, e)
try:
    Color.RED = 5
except AttributeError as e:
    print(type(e).__name__, e)
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, round(Planet.EARTH.gravity, 3), Planet.MERCURY.radius)
class Status(Enum):
    ACTIVE = auto()
    INACTIVE = auto()
    def label(self):
        return self.name.title()
    @classmethod
    def parse(cls, s):
        return cls[s.upper()]
print(Status.ACTIVE.value, Status.INACTIVE.value, Status.parse('inactive').label())
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value)
Fruit = Enum('Fruit', [('APPLE', 'a'), ('PEAR', 'p')])
print(Fruit('p'), Fruit.APPLE.value)
print({Color.RED: 'r'}[Color.CRIMSON], sorted(Color, key=lambda c: -c.value))
print(hash(Color.RED) == hash(Color.RED), f'{Color.BLUE}', f'{Color.BLUE.name:>6}')
