# dataclasses + enum + typing together: a tiny inventory report
from dataclasses import dataclass, field
from enum import Enum
from typing import List, Dict
from collections import defaultdict
from functools import reduce
import operator


class Kind(Enum):
    TOOL = "tool"
    FOOD = "food"


@dataclass(order=True)
class Product:
    price: float
    name: str = field(compare=False)
    kind: Kind = field(default=Kind.TOOL, compare=False)
    stock: int = field(default=0, compare=False)


@dataclass
class Inventory:
    items: List[Product] = field(default_factory=list)

    def add(self, *products: Product) -> None:
        self.items.extend(products)

    def by_kind(self) -> Dict[Kind, List[str]]:
        out = defaultdict(list)
        for p in sorted(self.items):
            out[p.kind].append(p.name)
        return dict(out)

    def value(self) -> float:
        return reduce(operator.add, (p.price * p.stock for p in self.items), 0.0)


inv = Inventory()
inv.add(Product(2.5, "hammer", stock=4), Product(0.5, "apple", Kind.FOOD, 100),
        Product(9.0, "saw", stock=1), Product(1.25, "bread", Kind.FOOD, 3))
print(inv.by_kind())
print(inv.value(), min(inv.items).name, max(inv.items))
print([p.kind.value for p in inv.items], Kind("food"), Kind.TOOL.name)
