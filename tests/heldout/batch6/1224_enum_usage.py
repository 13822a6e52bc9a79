from enum import Enum, IntEnum, auto, unique, StrEnum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1


print(Color.RED, repr(Color.GREEN), Color.RED.name, Color.RED.value, Color(2), Color["BLUE"])
print(Color.CRIMSON is Color.RED, list(Color), len(Color), [m.name for m in Color])
print(list(Color.__members__), Color.RED == 1, Color.RED in Color, isinstance(Color.RED, Color))
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError")


class Status(IntEnum):
    OK = 200
    NOT_FOUND = 404


print(Status.OK == 200, Status.OK < Status.NOT_FOUND, Status.OK + 1, sorted([Status.NOT_FOUND, Status.OK]), int(Status.NOT_FOUND))


class Weekday(Enum):
    MON = auto()
    TUE = auto()
    WED = auto()

    @property
    def is_early(self):
        return self.value <= 2

    def next(self):
        members = list(type(self))
        return members[(members.index(self) + 1) % len(members)]


print([(d.name, d.value, d.is_early) for d in Weekday], Weekday.WED.next())
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)


class Mode(StrEnum):
    READ = auto()
    WRITE = "w"


print(Mode.READ, Mode.WRITE == "w", Mode.READ.upper(), f"{Mode.WRITE}")
Animal = Enum("Animal", "CAT DOG BIRD")
print(list(Animal), Animal.DOG.value)


class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return round(6.674e-11 * self.mass / self.radius ** 2, 2)


print(Planet.EARTH.gravity, Planet.MARS.gravity, Planet.MARS.value)
lookup = {Color.RED: "stop", Color.GREEN: "go"}
print(lookup[Color.CRIMSON], Color.RED.__class__.__name__, hash(Color.RED) == hash(Color.CRIMSON))
match Weekday.TUE:
    case Weekday.MON:
        print("monday")
    case Weekday.TUE:
        print("tuesday matched")
