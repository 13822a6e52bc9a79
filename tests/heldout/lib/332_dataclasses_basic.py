from dataclasses import dataclass, field
@dataclass
class Item:
    name: str
    price: float
    qty: int = 1
    tags: list = field(default_factory=list)
a = Item("pen", 1.5)
b = Item("pen", 1.5)
print(a)
print(a == b, a is b)
a.tags.append("x")
print(a.tags, b.tags)
print(Item("book", 10.0, qty=3))
try:
    Item()
except TypeError as e:
    print(type(e).__name__)
