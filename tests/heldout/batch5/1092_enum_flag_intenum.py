# IntEnum, Flag, IntFlag, StrEnum
from enum import IntEnum, Flag, IntFlag, StrEnum, auto
class Priority(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10
print(Priority.HIGH > Priority.LOW, Priority.MEDIUM + 1, Priority.LOW == 1, int(Priority.HIGH))
print(sorted([Priority.HIGH, Priority.LOW, 3]), max(Priority).name, Priority(5).name)
print([1, 2, 3, 4, 5, 6][Priority.MEDIUM], str(Priority.HIGH), format(Priority.LOW, "03d"))
class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()
    ALL = READ | WRITE | EXEC
rw = Perm.READ | Perm.WRITE
print(rw, Perm.READ in rw, Perm.EXEC in rw, bool(Perm.EXEC & rw), rw.value)
print(Perm.ALL, Perm.ALL == Perm.READ | Perm.WRITE | Perm.EXEC, [p.name for p in Perm])
print(~Perm.READ, Perm(0), bool(Perm(0)), Perm.READ.value, Perm.EXEC.value)
print([m.name for m in rw], len(rw))
class Access(IntFlag):
    R = 4
    W = 2
    X = 1
mode = Access.R | Access.X
print(mode, int(mode), mode & 4, Access(7), Access.R | 8, oct(Access.R | Access.W))
class Method(StrEnum):
    GET = auto()
    POST = "post-it"
print(Method.GET, Method.GET == "get", Method.POST.upper(), f"{Method.GET}", repr(Method.GET))
print(Method("post-it").name, sorted(Method), isinstance(Method.GET, str))
try:
    Priority(2)
except ValueError as e:
    print(type(e).__name__, e)
