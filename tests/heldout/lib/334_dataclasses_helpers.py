from dataclasses import dataclass, asdict, astuple, replace, fields, is_dataclass, field
@dataclass
class Inner:
    v: int
@dataclass
class Outer:
    name: str
    inner: Inner
    nums: list = field(default_factory=lambda: [1, 2])
o = Outer("o", Inner(5))
print(asdict(o))
print(astuple(o))
print(replace(o, name="p"))
print([f.name for f in fields(o)])
print([f.type for f in fields(Inner)])
print(is_dataclass(o), is_dataclass(Outer), is_dataclass(1))
