from enum import IntEnum, Flag, IntFlag, auto
class Pri(IntEnum):
    LOW = 1
    HIGH = 3
print(Pri.LOW < Pri.HIGH, Pri.HIGH + 1, Pri.LOW == 1)
print(sorted([Pri.HIGH, Pri.LOW]))
print(int(Pri.HIGH), str(Pri.HIGH), repr(Pri.LOW))
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = Perm.R | Perm.W
print(rw.value, Perm.R in rw, Perm.X in rw)
print(bool(Perm.R & Perm.X))
print([m.name for m in Perm])
class Mode(IntFlag):
    A = 1
    B = 2
print(Mode.A | Mode.B == 3, int(Mode.A | 4))
