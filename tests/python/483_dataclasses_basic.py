# dataclasses.dataclass: generated __init__/__repr__/__eq__, defaults, field(), post_init
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass


@dataclass
class Item:
    name: str
    price: float
    qty: int = 1
    tags: list = field(default_factory=list)
    note: str = field(default="", repr=False, compare=False)

    def total(self):
        return self.price * self.qty


a = Item("pen", 1.5, 4)
b = Item("pen", 1.5, 4, note="different note")
print(a, a.total(), a == b, a != Item("ink", 2.0))
a.tags.append("office")
print(a.tags, Item("x", 1).tags, [f.name for f in fields(Item)])
print(asdict(a), astuple(a), replace(a, qty=10))
print(is_dataclass(a), is_dataclass(Item), is_dataclass(5), Item.__hash__)


@dataclass
class Point:
    x: int = 0
    y: int = 0

    def __post_init__(self):
        self.dist = abs(self.x) + abs(self.y)


@dataclass
class Point3(Point):
    z: int = 0


p = Point3(1, -2, 3)
print(p, p.dist, Point(), Point3(z=9))
print(asdict(p), [f.name for f in fields(p)])
for bad in [lambda: Item(), lambda: Item("a", 1, 2, [], "n", 6), lambda: Item("a", 1, colour=2),
            lambda: Item("a", 1, name="b")]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass
    class Order:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
