from dataclasses import dataclass, field, FrozenInstanceError
@dataclass(frozen=True)
class P:
    x: int
    y: int = 0
p = P(1, 2)
try:
    p.x = 5
except FrozenInstanceError as e:
    print(type(e).__name__, e)
print(hash(p) == hash(P(1, 2)), {p, P(1, 2)} == {P(1, 2)})
@dataclass(order=True)
class V:
    major: int
    minor: int
    label: str = field(compare=False, default="")
print(sorted([V(1, 2, "b"), V(0, 9, "a"), V(1, 0, "c")]))
print(V(1, 2, "x") == V(1, 2, "y"))
@dataclass
class C:
    a: int
    b: int = field(init=False)
    hidden: str = field(default="h", repr=False)
    def __post_init__(self):
        self.b = self.a * 10
print(C(3))
@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2
print(K(a=1))
try:
    K(1)
except TypeError as e:
    print(type(e).__name__, e)
