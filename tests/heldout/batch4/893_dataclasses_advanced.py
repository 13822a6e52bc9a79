# dataclasses: frozen, order, post_init, replace, InitVar, kw_only, slots
from dataclasses import dataclass, field, replace, InitVar, FrozenInstanceError, is_dataclass
@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
v1, v2 = Version(1, 2), Version(1, 10)
print(v1 < v2, sorted([v2, Version(0, 9), v1]), max(v1, v2))
try:
    v1.major = 3
except FrozenInstanceError as e:
    print(type(e).__name__, e)
print(hash(v1) == hash(Version(1, 2)), len({v1, Version(1, 2)}), replace(v1, patch=7))
@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)
    scale: InitVar[float] = 1.0
    def __post_init__(self, scale):
        self.w *= scale
        self.h *= scale
        self.area = self.w * self.h
r = Rect(2, 3, scale=2)
print(r, r.area)
@dataclass
class Hidden:
    visible: int
    secret: str = field(default='x', repr=False, compare=False)
print(Hidden(1, 'a'), Hidden(1, 'a') == Hidden(1, 'b'))
@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    level: int
print(Opts(level=3))
try:
    Opts(True, 3)
except TypeError as e:
    print(type(e).__name__, e)
@dataclass(slots=True)
class Slim:
    x: int
    y: int = 0
s = Slim(1)
print(s, hasattr(s, '__dict__'), Slim.__slots__)
@dataclass
class Base:
    id: int
@dataclass
class Child(Base):
    name: str = 'c'
print(Child(5), is_dataclass(Child), is_dataclass(Child(1)), is_dataclass(int))
@dataclass(order=True)
class Task:
    priority: int
    name: str = field(compare=False)
print(sorted([Task(3, 'c'), Task(1, 'z'), Task(2, 'a')]))
