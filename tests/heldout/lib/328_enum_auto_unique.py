from enum import Enum, auto, unique
class Dir(Enum):
    N = auto()
    E = auto()
    S = auto()
    W = auto()
print([d.value for d in Dir])
class Alias(Enum):
    A = 1
    B = 2
    ALSO_A = 1
print(list(Alias), Alias.ALSO_A is Alias.A, Alias.ALSO_A.name)
print(list(Alias.__members__))
try:
    @unique
    class Bad(Enum):
        X = 1
        Y = 1
except ValueError as e:
    print(type(e).__name__, e)
class Lower(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
    FOO = auto()
    BAR = auto()
print([m.value for m in Lower])
