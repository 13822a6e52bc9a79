from dataclasses import dataclass, field, fields, asdict, astuple


@dataclass
class Item:
    name: str
    price: float
    qty: int = 0
    tags: list = field(default_factory=list)

    @property
    def total(self):
        return round(self.price * self.qty, 2)


@dataclass
class Inventory:
    items: list = field(default_factory=list)
    owner: str = "store"
    _audit: list = field(default_factory=list, repr=False, compare=False)

    def add(self, item):
        self.items.append(item)
        self._audit.append(f"add {item.name}")

    def value(self):
        return round(sum(i.total for i in self.items), 2)


a = Item("pen", 1.5, 10)
b = Item("book", 12.0, tags=["paper"])
print(a, b)
print(a == Item("pen", 1.5, 10), a == b, a.total, b.total)
inv = Inventory()
inv.add(a)
inv.add(b)
inv.add(Item("mug", 7.25, 4, ["kitchen"]))
print(inv)
print(inv.value(), inv._audit)
from dataclasses import MISSING
print([f.name for f in fields(Item)], [f.default is MISSING for f in fields(Item)], fields(Item)[2].default)
print(asdict(a), astuple(b))
print(asdict(inv)["items"][2])
c = Item("x", 1.0)
d = Item("y", 2.0)
c.tags.append("shared?")
print(c.tags, d.tags)
try:
    Item()
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad:
        a: int = 0
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad2:
        items: list = []
except ValueError as e:
    print("ValueError:", e)


@dataclass
class Point:
    x: int
    y: int

    def __post_init__(self):
        if self.x < 0 or self.y < 0:
            raise ValueError("negative coordinate")
        self.dist = abs(self.x) + abs(self.y)


print(Point(3, 4), Point(3, 4).dist)
try:
    Point(-1, 0)
except ValueError as e:
    print("ValueError:", e)
