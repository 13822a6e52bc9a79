# dataclasses: frozen, order, __post_init__, InitVar, kw_only, slots, field options
from dataclasses import dataclass, field, InitVar, FrozenInstanceError, KW_ONLY, asdict
@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    def __str__(self):
        return f"{self.major}.{self.minor}.{self.patch}"
vs = [Version(1, 2), Version(1, 10), Version(0, 9, 9), Version(1, 2, 1)]
print(sorted(vs), str(max(vs)), Version(1) < Version(1, 0, 1))
print(len({Version(1), Version(1, 0, 0)}), hash(Version(2)) == hash(Version(2)))
try:
    vs[0].major = 5
except FrozenInstanceError as e:
    print(type(e).__name__, e)
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
        if self.w < 0 or self.h < 0:
            raise ValueError("negative size")
print(Rect(2, 3), Rect(2, 3, scale=2), "scale" in asdict(Rect(1, 1)))
try:
    Rect(-1, 2)
except ValueError as e:
    print(type(e).__name__, e)
@dataclass
class Request:
    url: str
    _: KW_ONLY
    method: str = "GET"
    timeout: int = 30
print(Request("/a"), Request("/b", method="POST"))
try:
    Request("/c", "PUT")
except TypeError as e:
    print(type(e).__name__, e)
@dataclass(slots=True)
class Pt:
    x: int
    y: int
p = Pt(1, 2)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__)
print(p, Pt.__slots__)
@dataclass
class User:
    name: str
    password: str = field(repr=False)
    logins: int = field(default=0, compare=False)
print(User("ann", "secret"), User("a", "p", 1) == User("a", "p", 99))
