# Enums with a data type mixed in: members are instances of the data type
# (str, int, float); IntEnum/IntFlag/StrEnum members are ints/strs;
# IntFlag keeps unknown bits; members cannot be reassigned.
import json
from enum import Enum, IntEnum, IntFlag, Flag, StrEnum, auto


class Method(str, Enum):
    GET = 'get'
    POST = 'post'


print(Method.GET == 'get', Method('post'), repr(Method.GET), str(Method.GET), f'{Method.POST}')
print(isinstance(Method.GET, str), Method.GET.upper(), Method.GET + '!', len(Method.POST))
print({'get': 1}[Method.GET], sorted([Method.POST, Method.GET]), json.dumps([Method.GET]))


class Level(IntEnum):
    LOW = 1
    HIGH = 3


print(isinstance(Level.LOW, int), Level.HIGH + 1, Level.LOW * 10, Level.HIGH > 2, [0, 1, 2, 3][Level.HIGH])
print(str(Level.LOW), repr(Level.HIGH), f'{Level.HIGH:>4}', format(Level.LOW, '03d'), hex(Level.HIGH))
print(sorted([Level.HIGH, Level.LOW]), max(Level), json.dumps({'lvl': Level.HIGH}), int(Level.HIGH))


class Ratio(float, Enum):
    HALF = 0.5
    THIRD = 1 / 3


print(Ratio.HALF * 4, Ratio.HALF.value, repr(Ratio.HALF), isinstance(Ratio.THIRD, float))


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(repr(rw), str(rw), rw == 6, Perm.R in rw, Perm.X in rw, list(rw), repr(Perm.R | 8), repr(Perm(0)))
print(repr(~Perm.R), Perm.W + 1, 1 | Perm.X, isinstance(rw, int))


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()


print(repr(Color.RED | Color.BLUE), str(Color.GREEN | Color.RED), bool(Color(0)), repr(~Color.RED))


class Shade(StrEnum):
    DARK = auto()
    LIGHT = auto()


print(Shade.DARK, repr(Shade.LIGHT), Shade.DARK == 'dark', Shade('light') is Shade.LIGHT)

for thunk in (lambda: setattr(Level, 'LOW', 5), lambda: delattr(Level, 'HIGH'), lambda: Level(7)):
    try:
        thunk()
    except (AttributeError, ValueError) as e:
        print(type(e).__name__, e)
print(Level.LOW.value, list(Level))
