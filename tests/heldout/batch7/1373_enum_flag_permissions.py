from enum import Flag, IntFlag, auto


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXECUTE = auto()
    RW = READ | WRITE
    ALL = READ | WRITE | EXECUTE


class Mode(IntFlag):
    R = 4
    W = 2
    X = 1


print(Perm.READ.value, Perm.WRITE.value, Perm.EXECUTE.value, Perm.ALL.value)
p = Perm.READ | Perm.WRITE
print(p, p == Perm.RW, Perm.READ in p, Perm.EXECUTE in p, bool(p & Perm.EXECUTE))
print(p & ~Perm.WRITE, Perm.ALL ^ Perm.READ, bool(Perm(0)), Perm(0))
print([m.name for m in Perm], len(Perm))
print(list(Perm.ALL), list(Perm.RW), len(Perm.ALL))
users = {"root": Perm.ALL, "dev": Perm.RW, "guest": Perm.READ}


def can(user, perm):
    return perm in users.get(user, Perm(0))


for u in ["root", "dev", "guest", "nobody"]:
    print(u, [n for n in ("READ", "WRITE", "EXECUTE") if can(u, Perm[n])])
m = Mode.R | Mode.X
print(int(m), m, Mode(7), Mode(6) & Mode.W, m | 2, isinstance(m | 2, Mode))
print(oct(Mode.R | Mode.W | Mode.X), Mode.R + 1, Mode(0))


def parse_mode(s):
    value = Mode(0)
    for ch, flag in zip(s, (Mode.R, Mode.W, Mode.X)):
        if ch != "-":
            value |= flag
    return value


print([int(parse_mode(s)) for s in ["rwx", "r-x", "---", "rw-"]])
try:
    Perm(64)
except ValueError as e:
    print("ValueError:", e)
