from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError
@dataclass
class Item:
    name: str
    price: float
    qty: int = 1
    tags: list = field(default_factory=list)
    def total(self): return self.price * self.qty
i = Item("pen", 1.5, 4)
print(i, i.total())
print(i == Item("pen", 1.5, 4, []), asdict(i), astuple(i))
print(replace(i, qty=10), [f.name for f in fields(Item)])
@dataclass(order=True, frozen=True)
class Ver:
    major: int
    minor: int = 0
print(sorted([Ver(2), Ver(1, 5), Ver(1, 2)]), Ver(1) < Ver(1, 1))
try:
    Ver(1).major = 3
except FrozenInstanceError as e:
    print(type(e).__name__, e)
@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False, repr=False)
    def __post_init__(self): self.area = self.w * self.h
print(Rect(2, 3), Rect(2, 3).area)
try:
    Item("x")
except TypeError as e:
    print(type(e).__name__, e)
