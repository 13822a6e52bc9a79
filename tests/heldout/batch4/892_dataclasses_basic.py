# dataclasses basics
from dataclasses import dataclass, field, fields, asdict, astuple
@dataclass
class Item:
    name: str
    price: float
    qty: int = 1
    tags: list = field(default_factory=list)
    def total(self):
        return self.price * self.qty
a = Item('pen', 1.5, 4)
b = Item('pen', 1.5, 4)
print(a, a == b, a.total(), a is b)
a.tags.append('office')
print(a.tags, b.tags)
print([f.name for f in fields(Item)], [f.default for f in fields(Item)][:3][2])
print(asdict(a), astuple(b))
try:
    Item('x')
except TypeError as e:
    print(type(e).__name__, e)
try:
    @dataclass
    class Bad:
        x: int = 0
        y: int
except TypeError as e:
    print(type(e).__name__, e)
try:
    @dataclass
    class Bad2:
        items: list = []
except ValueError as e:
    print(type(e).__name__, e)
@dataclass
class Point:
    x: int = 0
    y: int = 0
print(Point(), Point(1), Point(y=5), Point(1, 2) != Point(2, 1))
print(Point.__eq__ is not object.__eq__, Point.__hash__)
@dataclass
class Nested:
    p: Point
    label: str = 'n'
n = Nested(Point(1, 2))
print(n, asdict(n))
@dataclass(repr=False, eq=False)
class Plain:
    v: int
print(Plain(1) == Plain(1), hasattr(Plain, '__dataclass_fields__'))
@dataclass
class WithClassVar:
    from typing import ClassVar
    count: ClassVar[int] = 0
    value: int = 0
print([f.name for f in fields(WithClassVar)], WithClassVar.count)
