# enum.Enum: members, lookup by value and name, iteration, aliases, auto, unique
from enum import Enum, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1


print(Color.RED, repr(Color.GREEN), Color(3), Color["BLUE"], Color.CRIMSON is Color.RED)
print(list(Color), len(Color), [c.name for c in Color], [c.value for c in Color])
print(Color.RED.name, Color.RED.value, type(Color.RED).__name__, isinstance(Color.RED, Color))
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.BLUE, Color.GREEN in Color)
print(sorted(Color.__members__), {Color.RED: "r"}[Color.CRIMSON])
print("%s|%s" % (Color.BLUE, format(Color.BLUE)), f"{Color.GREEN}")


class Dir(Enum):
    N = auto()
    E = auto()
    S = auto()
    W = auto()

    def turn(self):
        members = list(Dir)
        return members[(members.index(self) + 1) % 4]

    @property
    def opposite(self):
        return Dir((self.value + 1) % 4 + 1)


print([d.value for d in Dir], Dir.N.turn(), Dir.W.turn(), Dir.N.opposite)
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError:", e)
try:
    @unique
    class Twice(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
