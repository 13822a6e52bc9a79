# enum basics
from enum import Enum, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.GREEN), Color.RED.name, Color.RED.value)
print(Color(2), Color["BLUE"], Color.CRIMSON is Color.RED, Color.CRIMSON.name)
print(list(Color), len(Color), [c.name for c in Color])
print(list(Color.__members__))
print(Color.RED == Color.RED, Color.RED == 1, Color.RED is Color(1), isinstance(Color.RED, Color))
try:
    Color(7)
except ValueError as e:
    print(type(e).__name__, e)
try:
    Color["PINK"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    Color.RED.value = 5
except AttributeError as e:
    print(type(e).__name__)
class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / self.radius ** 2
    def describe(self):
        return f"{self.name.title()}: g={self.gravity:.2f}"
for p in Planet:
    print(p.describe())
class Status(Enum):
    ACTIVE = auto()
    INACTIVE = auto()
    BANNED = auto()
print([(s.name, s.value) for s in Status])
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(type(e).__name__, e)
print({Color.RED: "stop", Color.GREEN: "go"}[Color.CRIMSON])
def handle(c):
    match c:
        case Color.RED:
            return "stop"
        case Color.GREEN | Color.BLUE:
            return "go-ish"
print(handle(Color.RED), handle(Color.BLUE))
print(Color.RED.__class__.__name__, type(Color).__name__, sorted(Color, key=lambda c: -c.value))
