from enum import Enum, IntEnum, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1


class Status(Enum):
    PENDING = auto()
    ACTIVE = auto()
    CLOSED = auto()

    @property
    def is_open(self):
        return self is not Status.CLOSED

    def next(self):
        members = list(type(self))
        return members[min(members.index(self) + 1, len(members) - 1)]


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10


print(Color.RED, repr(Color.GREEN), Color.RED.name, Color.RED.value, Color(2), Color["BLUE"])
print(Color.CRIMSON is Color.RED, list(Color), len(Color), list(Color.__members__))
print(Color.RED == 1, Color.RED == Color(1), isinstance(Color.RED, Color), type(Color.RED).__name__)
print([s.name for s in Status], [s.value for s in Status], Status.ACTIVE.is_open, Status.CLOSED.is_open)
print(Status.PENDING.next(), Status.CLOSED.next())
print(Priority.HIGH > Priority.LOW, Priority.MEDIUM + 1, sorted([Priority.HIGH, Priority.LOW, 7]), Priority(5).name)
print(Priority.LOW == 1, int(Priority.HIGH), f"{Priority.HIGH}", str(Priority.HIGH), format(Color.RED))
tickets = [("t1", Priority.LOW), ("t2", Priority.HIGH), ("t3", Priority.MEDIUM)]
print([t for t, p in sorted(tickets, key=lambda x: x[1], reverse=True)])
for bad in (4, "RED"):
    try:
        Color(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError:", e)
try:
    Color.RED.value = 9
except AttributeError:
    print("AttributeError: cannot reassign member value")
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
d = {Color.RED: "stop", Color.GREEN: "go"}
print(d[Color.CRIMSON], Color.RED in d, hash(Color.RED) == hash(Color.RED))
match Status.ACTIVE:
    case Status.PENDING:
        print("pending")
    case Status.ACTIVE:
        print("matched ACTIVE")
print(Color.BLUE in Color, Color.__members__["CRIMSON"])
