from typing import NamedTuple, TypedDict, Optional, Union, List, Dict, Callable, Any, get_type_hints, TypeVar, Generic, Literal, Protocol, runtime_checkable


class Employee(NamedTuple):
    name: str
    dept: str = "eng"
    salary: int = 100


class Movie(TypedDict, total=False):
    title: str
    year: int


e = Employee("ann")
print(e, e._fields, e._field_defaults, Employee.__annotations__)
print(e._replace(salary=200), e.salary + 1, isinstance(e, tuple))
m: Movie = {"title": "Alien", "year": 1979}
print(m, type(m).__name__, Movie.__total__, sorted(Movie.__annotations__))


def find(items: List[str], key: Optional[str] = None) -> Union[int, None]:
    return items.index(key) if key in items else None


print(find(["a", "b"], "b"), find([], "x"), get_type_hints(find)["return"] == Optional[int])
print(find.__annotations__["items"], Optional[int] == Union[int, None], list[int], dict[str, int])
T = TypeVar("T")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()


s: Stack[int] = Stack()
s.push(1)
s.push(2)
print(s.pop(), s.items, Stack[int].__origin__ is Stack)


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None:
        ...


class File:
    def close(self):
        pass


print(isinstance(File(), Closable), isinstance(5, Closable))
Mode = Literal["r", "w"]
Handler = Callable[[str], Any]


def open_mode(m: Mode) -> str:
    return m * 2


print(open_mode("r"), Mode.__args__, Handler.__args__[0], Dict[str, int].__args__)
x: int = "not checked at runtime"
print(x, __annotations__["x"].__name__)
