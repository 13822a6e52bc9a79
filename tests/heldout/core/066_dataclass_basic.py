from dataclasses import dataclass, field, asdict, astuple, replace
@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)
a = Item("pen", 1.5)
b = Item("pen", 1.5)
print(a)
print(a == b, a is b)
a.tags.append("office")
print(a, b.tags)
print(asdict(a), astuple(b))
print(replace(a, price=2.0))
print(Item.__dataclass_fields__.keys())
try:
    Item()
except TypeError as e:
    print(type(e).__name__, e)
@dataclass
class Sub(Item):
    qty: int = 1
print(Sub("x", 2.0, [], 5))
