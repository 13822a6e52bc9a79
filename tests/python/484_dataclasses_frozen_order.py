# dataclasses: frozen, order, unsafe_hash, eq=False, init=False fields, kw_only
from dataclasses import dataclass, field, FrozenInstanceError


@dataclass(frozen=True)
class Coord:
    lat: float
    lon: float


c = Coord(1.5, 2.5)
print(c, hash(c) == hash(Coord(1.5, 2.5)), {c: "here"}[Coord(1.5, 2.5)])
try:
    c.lat = 0
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0


print(sorted([Version(1, 2), Version(0, 9), Version(1, 0)]), Version(1) < Version(1, 1), Version(2) >= Version(1, 9))


@dataclass(eq=False)
class Node:
    val: int


print(Node(1) == Node(1), isinstance(hash(Node(1)), int))


@dataclass
class Counter:
    start: int
    count: int = field(init=False, default=0)
    history: list = field(init=False, default_factory=list)


k = Counter(5)
print(k, k.count, k.history)


@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    level: int


print(Opts(level=3), Opts(level=1, verbose=True))
try:
    Opts(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Opts()
except TypeError as e:
    print("TypeError:", e)
try:
    Version(1) < 5
except TypeError as e:
    print("TypeError:", e)
