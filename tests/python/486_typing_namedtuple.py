# typing.NamedTuple class syntax with defaults and methods; NewType; postponed annotations
# (from __future__ import annotations: class annotations are kept as source text)
from __future__ import annotations
from typing import NamedTuple, NewType, Optional
from dataclasses import dataclass, field


class Employee(NamedTuple):
    name: str
    dept: str = "eng"
    level: int = 1

    def promote(self):
        return self._replace(level=self.level + 1)


e = Employee("ann")
print(e, e.name, e[1], e.promote(), Employee._fields, Employee._field_defaults)
print(Employee("bob", "ops", 3) > Employee("bob", "ops", 2), e._asdict())
UserId = NewType("UserId", int)
print(UserId(5) + 1, UserId.__name__)
try:
    Employee()
except TypeError as err:
    print("TypeError:", err)


@dataclass
class Tree:
    label: str
    parent: Optional[Tree] = None
    kids: list[Tree] = field(default_factory=list)
    span: tuple[int, int] | None = None


root = Tree("root")
root.kids.append(Tree("leaf", root, span=(1, 2)))
print(root.kids[0].label, root.kids[0].parent.label, Tree.__annotations__)
