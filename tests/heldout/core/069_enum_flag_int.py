from enum import IntEnum, Flag, auto
class Pri(IntEnum):
    LOW = 1
    MID = 5
    HIGH = 10
print(Pri.MID + 1, Pri.LOW < Pri.HIGH, sorted([Pri.HIGH, Pri.LOW]), Pri.HIGH == 10)
print(int(Pri.MID), Pri(10).name)
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, bool(rw & Perm.X))
print(Perm.R.value, Perm.W.value, Perm.X.value, rw.value)
print(repr(Perm.R | Perm.W | Perm.X))
print([p.name for p in Perm])
