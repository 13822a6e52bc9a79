from dataclasses import dataclass, field, asdict, astuple, replace, fields, InitVar
import dataclasses


@dataclass
class Item:
    name: str
    price: float
    qty: int = 1
    tags: list = field(default_factory=list)

    @property
    def total(self):
        return self.price * self.qty


a = Item("pen", 1.5)
b = Item("book", 12.0, 2, ["paper"])
print(a, b, a.total, b.total)
print(a == Item("pen", 1.5), a == b, asdict(b), astuple(a))
print(replace(a, qty=10), [f.name for f in fields(Item)], Item.__dataclass_fields__["qty"].default)
a.tags.append("x")
print(a.tags, Item("z", 0).tags)


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

    def __str__(self):
        return f"{self.major}.{self.minor}.{self.patch}"


vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9)]
print(sorted(vs), max(vs), str(min(vs)), Version(1) < Version(1, 0, 1))
print(hash(Version(1, 2)) == hash(Version(1, 2)), len({Version(1), Version(1, 0, 0)}))
try:
    vs[0].major = 5
except dataclasses.FrozenInstanceError as e:
    print("FrozenInstanceError:", e)


@dataclass
class Account:
    owner: str
    balance: float = 0.0
    history: list = field(default_factory=list, repr=False, compare=False)
    secret: str = field(default="x", repr=False)

    def __post_init__(self):
        if self.balance < 0:
            raise ValueError("negative balance")
        self.owner = self.owner.title()


print(Account("ann smith", 10), Account("b") == Account("B"))
try:
    Account("x", -1)
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print("ValueError:", e)


@dataclass
class Rect:
    w: float
    h: float
    scale: InitVar[float] = 1.0

    def __post_init__(self, scale):
        self.w *= scale
        self.h *= scale


print(Rect(2, 3, scale=2), [f.name for f in fields(Rect)])


@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int


print(Options(level=3))
try:
    Options(True, 3)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Base:
    x: int


@dataclass
class Child(Base):
    y: int = 0


print(Child(1, 2), dataclasses.is_dataclass(Child), dataclasses.is_dataclass(5))
P = dataclasses.make_dataclass("P", [("x", int), ("y", int, field(default=0))])
print(P(1), P(1, 5) == P(1, 5))


@dataclass(slots=True)
class Slotted:
    a: int


s = Slotted(1)
try:
    s.b = 2
except AttributeError:
    print("slots dataclass rejects new attribute")
