from dataclasses import dataclass, field, asdict, astuple, replace, fields
@dataclass
class Item:
    name: str
    price: float
    qty: int = 1
    tags: list = field(default_factory=list)
    def total(self):
        return self.price * self.qty
i = Item("pen", 1.5, 4)
print(i, i.total())
print(i == Item("pen", 1.5, 4, []), asdict(i), astuple(i))
j = replace(i, qty=10)
print(j.qty, i.qty, [f.name for f in fields(Item)])
i.tags.append("office")
print(Item("x", 1).tags, i.tags)
try:
    Item()
except TypeError as e:
    print(type(e).__name__, e)
