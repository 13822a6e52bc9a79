# realistic program: inventory management with dataclasses + json
import json
from dataclasses import dataclass, field, asdict
@dataclass
class Product:
    sku: str
    name: str
    price: float
    qty: int = 0
    tags: list = field(default_factory=list)
    @property
    def value(self):
        return round(self.price * self.qty, 2)
class Inventory:
    def __init__(self):
        self.items = {}
    def add(self, p):
        if p.sku in self.items:
            raise ValueError(f'duplicate sku {p.sku}')
        self.items[p.sku] = p
    def restock(self, sku, n):
        self.items[sku].qty += n
    def sell(self, sku, n):
        p = self.items[sku]
        if n > p.qty:
            raise RuntimeError(f'only {p.qty} {p.name} left')
        p.qty -= n
        return round(n * p.price, 2)
    def to_json(self):
        return json.dumps([asdict(p) for p in self.items.values()], indent=2, sort_keys=True)
    @classmethod
    def from_json(cls, s):
        inv = cls()
        for d in json.loads(s):
            inv.add(Product(**d))
        return inv
inv = Inventory()
inv.add(Product('A1', 'apple', 0.5, 100, ['fruit']))
inv.add(Product('B2', 'bread', 2.25, 10, ['bakery']))
inv.add(Product('C3', 'cheese', 7.8))
inv.restock('C3', 5)
print(inv.sell('A1', 30), inv.sell('B2', 10))
for args in [('C3', 6), ('Z9', 1)]:
    try:
        inv.sell(*args)
    except (RuntimeError, KeyError) as e:
        print(type(e).__name__, e)
try:
    inv.add(Product('A1', 'dup', 1))
except ValueError as e:
    print(e)
s = inv.to_json()
print(s)
inv2 = Inventory.from_json(s)
print([(p.sku, p.qty, p.value) for p in inv2.items.values()])
print('total value', sum(p.value for p in inv2.items.values()))
print(sorted(inv2.items.values(), key=lambda p: -p.value)[0].name)
