from dataclasses import dataclass, field, asdict, astuple, replace, fields, is_dataclass, InitVar
import json


@dataclass
class Address:
    street: str
    city: str
    zip: str = ""


@dataclass
class Customer:
    name: str
    email: str
    address: Address
    orders: list = field(default_factory=list)
    vip: bool = False
    internal_id: int = field(default=0, repr=False)


@dataclass
class Order:
    sku: str
    qty: int
    unit_price: float
    discount: InitVar[float] = 0.0
    total: float = field(init=False)

    def __post_init__(self, discount):
        self.total = round(self.qty * self.unit_price * (1 - discount), 2)


c = Customer("Ann", "ann@example.com", Address("1 Main St", "Springfield"), internal_id=77)
c.orders.append(Order("A1", 2, 9.99))
c.orders.append(Order("B2", 1, 100.0, discount=0.15))
print(c)
d = asdict(c)
print(d)
print(json.dumps(d, sort_keys=True))
print(astuple(c.address), astuple(c.orders[1]))
moved = replace(c, address=replace(c.address, city="Shelbyville", zip="12345"))
print(moved.address, c.address.city, moved.orders is c.orders)
print([f.name for f in fields(Order)], [f.init for f in fields(Order)])
print(is_dataclass(c), is_dataclass(Customer), is_dataclass({}), is_dataclass(Address("a", "b")))
print(sum(o.total for o in c.orders), c.orders[1].total)
try:
    replace(c.orders[0], total=5)
except ValueError as e:
    print("ValueError:", e)
try:
    Order("x", 1, 1.0, total=3)
except TypeError as e:
    print("TypeError:", e)
restored = Customer(**{**d, "address": Address(**d["address"]), "orders": []})
print(restored.address == c.address, restored == c, restored.name)
