# enum.IntEnum, StrEnum, Flag, IntFlag and the functional API
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto


class Prio(IntEnum):
    LOW = 1
    MID = 5
    HIGH = 10


print(Prio.LOW < Prio.HIGH, Prio.MID == 5, Prio.HIGH + 1, sorted([Prio.HIGH, Prio.LOW]))
print(str(Prio.MID), repr(Prio.MID), f"{Prio.HIGH}", int(Prio.LOW), [10, 20, 30][Prio.LOW])


class Mode(StrEnum):
    READ = auto()
    WRITE = "w"


print(Mode.READ, Mode.WRITE == "w", repr(Mode.READ), Mode("w").name)


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()


rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, [p.value for p in Perm])
print(bool(Perm.R & Perm.W), Perm.W & rw, rw ^ Perm.R)


class Bits(IntFlag):
    A = 1
    B = 2
    C = 4


print(Bits.A | Bits.C == 5, int(Bits.B), Bits(3) == 3)
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Animal(3))
