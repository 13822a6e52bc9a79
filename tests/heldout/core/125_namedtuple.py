from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(3, 4)
print(p, p.x, p[1], len(p), p == (3, 4))
x, y = p
print(x + y)
print(p._asdict(), p._replace(x=10), Point._fields)
print(Point._make([7, 8]), Point(y=1, x=2))
Emp = namedtuple("Emp", "name dept salary", defaults=[0])
print(Emp("al", "it"), Emp._field_defaults)
try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Point(1)
except TypeError as e:
    print(type(e).__name__, e)
from typing import NamedTuple
class Card(NamedTuple):
    rank: str
    suit: str = "spades"
    def label(self):
        return f"{self.rank} of {self.suit}"
print(Card("A"), Card("K", "hearts").label(), isinstance(Card("2"), tuple))
