from dataclasses import dataclass, field, FrozenInstanceError
@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9)]
print(sorted(vs), max(vs), Version(1) < Version(1, 0, 1))
try:
    vs[0].major = 3
except FrozenInstanceError as e:
    print(type(e).__name__, e)
print(len({Version(1), Version(1, 0, 0), Version(2)}))
@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False, repr=False)
    secret: str = field(default="x", compare=False)
    def __post_init__(self):
        if self.w < 0:
            raise ValueError("negative width")
        self.area = self.w * self.h
r = Rect(2, 3)
print(r, r.area, Rect(2, 3, "a") == Rect(2, 3, "b"))
try:
    Rect(-1, 1)
except ValueError as e:
    print(type(e).__name__, e)
@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    level: int = 1
print(Opts(level=3))
