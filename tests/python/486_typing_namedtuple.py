# typing.NamedTuple class syntax with defaults and methods; NewType; overload-free helpers
from typing import NamedTuple, NewType


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
