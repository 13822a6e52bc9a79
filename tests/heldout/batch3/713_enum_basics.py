from enum import Enum, IntEnum, Flag, auto
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.GREEN), Color.RED.name, Color.RED.value)
print(Color(2), Color["BLUE"], list(Color), len(Color))
print(Color.RED is Color(1), Color.RED == 1, isinstance(Color.RED, Color))
try:
    Color(7)
except ValueError as e:
    print(type(e).__name__, e)
class Pri(IntEnum):
    LOW = 1
    HIGH = 3
print(Pri.HIGH > Pri.LOW, Pri.LOW + 1, sorted([Pri.HIGH, Pri.LOW]))
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = Perm.R | Perm.W
print(rw.value, Perm.R in rw, Perm.X in rw, Perm.W.value)
class Shape(Enum):
    SQUARE = auto()
    CIRCLE = auto()
    def describe(self): return f"{self.name.lower()}#{self.value}"
print([s.describe() for s in Shape], {c.name: c.value for c in Color})
