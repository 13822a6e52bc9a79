# typing: annotations, NamedTuple, TypedDict, get_type_hints
from typing import NamedTuple, TypedDict, get_type_hints, Optional, List, Dict, Union
class Employee(NamedTuple):
    name: str
    dept: str = 'eng'
    salary: float = 0.0
    def raise_pct(self, p):
        return self._replace(salary=self.salary * (1 + p / 100))
e = Employee('ann', salary=1000.0)
print(e, e.raise_pct(10), e._fields, Employee._field_defaults)
print(isinstance(e, tuple), e[0], Employee.__annotations__)
class Movie(TypedDict):
    title: str
    year: int
class MovieExtra(Movie, total=False):
    rating: float
m: Movie = {'title': 'Alien', 'year': 1979}
print(m, type(m).__name__, Movie.__required_keys__ == frozenset({'title', 'year'}))
print(sorted(MovieExtra.__optional_keys__), sorted(MovieExtra.__required_keys__))
def greet(name: str, times: int = 1, loud: Optional[bool] = None) -> List[str]:
    return [name.upper() if loud else name] * times
print(greet('x', 2))
hints = get_type_hints(greet)
print(hints)
print(greet.__annotations__['times'], greet.__annotations__['return'])
class Node:
    value: int
    children: 'List[Node]'
    parent: Optional['Node'] = None
print(get_type_hints(Node))
print(Node.__annotations__)
x: int = 5
y: Dict[str, int]
print(__annotations__)
def f(a: 'int', b: Union[int, str]) -> None:
    pass
print(get_type_hints(f))
Point = NamedTuple('Point', [('x', int), ('y', int)])
print(Point(1, 2), Point.__annotations__)
