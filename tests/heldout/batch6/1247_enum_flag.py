from enum import Flag, IntFlag, auto, Enum


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()
    RW = READ | WRITE


p = Perm.READ | Perm.WRITE
print(p, repr(p), p == Perm.RW, Perm.READ in p, Perm.EXEC in p, bool(Perm(0)), p.value)
print([m.name for m in Perm], Perm.RW.value, Perm(5), p & Perm.WRITE, p ^ Perm.READ)
print(~Perm.READ, Perm(0), list(Perm.RW))


class Mode(IntFlag):
    R = 4
    W = 2
    X = 1


m = Mode.R | Mode.X
print(m, int(m), m == 5, Mode(7), Mode.R | 8, oct(Mode.R | Mode.W | Mode.X), Mode(6) & Mode.W)


def describe(perm):
    parts = [flag.name for flag in (Perm.READ, Perm.WRITE, Perm.EXEC) if flag in perm]
    return "+".join(parts) or "none"


for v in [Perm(0), Perm.READ, Perm.RW, Perm.READ | Perm.EXEC, Perm.RW | Perm.EXEC]:
    print(v.value, describe(v))
try:
    Perm(16)
except ValueError as e:
    print("ValueError:", e)


class Color(Enum):
    RED = "r"
    GREEN = "g"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for member in cls:
                if member.value == value.lower():
                    return member
        return None


print(Color("R"), Color("g"))
try:
    Color("x")
except ValueError as e:
    print("ValueError:", e)


class Shape(Enum):
    SQUARE = 4
    TRIANGLE = 3

    def __str__(self):
        return self.name.title()

    @classmethod
    def from_sides(cls, n):
        return cls(n)


print(Shape.from_sides(3), f"{Shape.SQUARE}", [str(s) for s in Shape], Shape.SQUARE.value > Shape.TRIANGLE.value)
print(sorted(Shape, key=lambda s: s.value), max(Shape, key=lambda s: s.value).name)
