# enum: IntEnum, StrEnum, Flag, IntFlag, unique
from enum import IntEnum, Flag, IntFlag, auto, unique, Enum, StrEnum
class Priority(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10
print(Priority.HIGH > Priority.LOW, Priority.MEDIUM + 1, Priority.LOW == 1, sorted([Priority.HIGH, Priority.LOW]))
print(int(Priority.MEDIUM), Priority(10), str(Priority.HIGH), repr(Priority.LOW), f'{Priority.HIGH}')
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W
print(Perm.R.value, Perm.W.value, Perm.X.value, Perm.RW.value)
rw = Perm.R | Perm.W
print(rw, rw == Perm.RW, Perm.R in rw, Perm.X in rw, bool(Perm.R & Perm.X))
print(Perm(7), Perm(0), bool(Perm(0)), list(Perm.R | Perm.X))
print(~Perm.R, (Perm.R | Perm.X) ^ Perm.R)
class Mode(IntFlag):
    READ = 4
    WRITE = 2
    EXEC = 1
m = Mode.READ | Mode.WRITE
print(m, int(m), m & 4, Mode(7), Mode.READ | 8, isinstance(m, int))
class Level(StrEnum):
    DEBUG = auto()
    INFO = 'info-level'
print(Level.DEBUG, Level.INFO.upper(), Level.DEBUG == 'debug', f'[{Level.INFO}]')
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(type(e).__name__, e)
class Shape(Enum):
    SQUARE = 'sq'
    CIRCLE = 'ci'
    @classmethod
    def _missing_(cls, value):
        for m in cls:
            if m.value == str(value).lower()[:2]:
                return m
        return None
print(Shape('SQUARE'), Shape('Circle'))
try:
    Shape('triangle')
except ValueError as e:
    print(type(e).__name__, e)
def area_label(s):
    match s:
        case Shape.SQUARE:
            return 'four sides'
        case Shape.CIRCLE:
            return 'round'
print(area_label(Shape.SQUARE), area_label(Shape.CIRCLE))
