from dataclasses import dataclass, field, KW_ONLY
@dataclass
class Base:
    a: int
    b: int = 2
@dataclass
class Child(Base):
    c: int = 3
print(Child(1))
print(Child(1, 5, 6))
@dataclass
class K:
    x: int
    _: KW_ONLY
    y: int = 0
    z: int = 0
print(K(1, z=5))
try:
    K(1, 2)
except TypeError as e:
    print(type(e).__name__)
@dataclass(kw_only=True)
class All:
    p: int
print(All(p=3))
@dataclass(eq=False)
class NoEq:
    v: int
print(NoEq(1) == NoEq(1))
