from dataclasses import dataclass, field, InitVar
@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)
    scale: InitVar[int] = 1
    def __post_init__(self, scale):
        self.w *= scale
        self.h *= scale
        self.area = self.w * self.h
print(Rect(2, 3))
print(Rect(2, 3, scale=2))
@dataclass
class Hidden:
    a: int
    secret: str = field(default="s", repr=False, compare=False)
print(Hidden(1, "x"), Hidden(1, "x") == Hidden(1, "y"))
try:
    @dataclass
    class Bad:
        x: int = 0
        y: int
except TypeError as e:
    print(type(e).__name__, e)
