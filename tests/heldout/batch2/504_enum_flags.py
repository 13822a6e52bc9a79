from enum import IntEnum, Flag, IntFlag, auto
class Priority(IntEnum):
    LOW = 1
    MID = 5
    HIGH = 10
print(Priority.MID + 1, Priority.HIGH > Priority.LOW, sorted([Priority.HIGH, Priority.LOW]), int(Priority.MID))
print(Priority.LOW == 1, Priority(10).name)
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = Perm.R | Perm.W
print(Perm.R.value, Perm.W.value, Perm.X.value, rw.value)
print(Perm.R in rw, Perm.X in rw, bool(rw & Perm.X), (rw & Perm.W) == Perm.W)
class Mode(IntFlag):
    A = 1
    B = 2
    C = 4
m = Mode.A | Mode.C
print(int(m), m & 4, Mode.B in m, m | 2 == 7)
