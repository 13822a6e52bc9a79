from typing import NamedTuple, Optional
class Emp(NamedTuple):
    name: str
    dept: str = "eng"
    boss: Optional[str] = None
e = Emp("ann")
print(e)
print(e._fields, e._field_defaults)
print(e._replace(dept="ops"))
print(e._asdict())
print(Emp.__annotations__["name"])
print(isinstance(e, tuple), e[0], len(e))
E2 = NamedTuple("E2", [("x", int), ("y", int)])
print(E2(1, 2), E2(1, 2) == (1, 2))
