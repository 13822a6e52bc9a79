# typing.NamedTuple builds a tuple subclass with annotations, defaults and methods
from typing import NamedTuple


class Employee(NamedTuple):
    name: str
    id: int = 3

    def describe(self):
        return f'{self.name}#{self.id}'


e = Employee('Guido')
print(e, e.describe(), isinstance(e, tuple), Employee._fields, Employee._field_defaults)
print(Employee.__annotations__, Employee.__bases__, e._replace(id=9), e._asdict(), Employee('a', 1) == ('a', 1))
print(Employee.__match_args__, Employee._make(['x', 4]), len(e), e[0])
match e:
    case Employee(name, id):
        print('matched', name, id)
try:
    Employee()
except TypeError as ex:
    print('TypeError:', ex)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as ex:
    print('TypeError:', ex)
try:
    e.name = 'x'
except AttributeError as ex:
    print('AttributeError:', ex)
