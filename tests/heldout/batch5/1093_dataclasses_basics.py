# dataclasses basics
from dataclasses import dataclass, field, asdict, astuple, fields, replace
@dataclass
class Item:
    name: str
    price: float
    qty: int = 1
    tags: list = field(default_factory=list)
    def total(self):
        return self.price * self.qty
a = Item("pen", 1.5)
b = Item("book", 12.0, 2, ["paper"])
print(a, b)
print(a.total(), b.total(), a == Item("pen", 1.5), a == b)
print(asdict(b), astuple(a))
print([f.name for f in fields(Item)], [f.type.__name__ if isinstance(f.type, type) else f.type for f in fields(Item)])
c = replace(b, qty=5)
print(c, c.tags is b.tags)
a.tags.append("blue")
print(a.tags, Item("x", 0).tags)
try:
    Item("only name")
except TypeError as e:
    print(type(e).__name__, e)
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print(type(e).__name__, e)
@dataclass
class Inventory:
    items: list = field(default_factory=list)
    def add(self, item):
        self.items.append(item)
        return self
    @property
    def value(self):
        return sum(i.total() for i in self.items)
inv = Inventory().add(a).add(b)
print(inv.value, len(inv.items))
@dataclass
class Base:
    x: int
    y: int = 0
@dataclass
class Derived(Base):
    z: int = 5
print(Derived(1), Derived(1, 2, 3), [f.name for f in fields(Derived)])
try:
    hash(a)
except TypeError as e:
    print(type(e).__name__, e)
print(Item.__dataclass_fields__["qty"].default, repr(Item.__init__.__name__))
