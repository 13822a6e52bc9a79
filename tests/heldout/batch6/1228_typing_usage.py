from typing import (Any, Callable, Dict, List, NamedTuple, Optional, Protocol, TypedDict, TypeVar, Union,
                    get_type_hints, runtime_checkable, Generic, Literal, cast, get_origin, get_args)

T = TypeVar("T")


def first(items: List[T], default: Optional[T] = None) -> Optional[T]:
    return items[0] if items else default


print(first([3, 4]), first([], "none"))
print(get_type_hints(first))


class Employee(NamedTuple):
    name: str
    dept: str = "eng"
    salary: int = 0


e = Employee("ann", salary=100)
print(e, e._fields, Employee.__annotations__, e._replace(dept="ops"))


class Movie(TypedDict):
    title: str
    year: int


m: Movie = {"title": "Alien", "year": 1979}
print(m, type(m).__name__, Movie.__required_keys__ == frozenset({"title", "year"}))


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None:
        ...


class File:
    def close(self):
        pass


print(isinstance(File(), Closable), isinstance(5, Closable))


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
print(get_origin(List[int]) is list, get_args(Dict[str, int]), get_args(Union[int, str]), get_origin(Optional[int]) is Union)
print(Optional[int] == Union[int, None], Union[int, int] == int, get_args(Literal["a", "b"]))
print(cast(int, "not really int"), list[int], dict[str, list[int]], int | None)
Handler = Callable[[int, str], bool]
print(get_args(Handler))


def process(x: int | str, flag: bool = False) -> "list[str]":
    return [str(x)] * (2 if flag else 1)


print(process.__annotations__)
print(process(5, True))


def annotated(a: Any, b: "Employee") -> None:
    pass


print(get_type_hints(annotated)["b"] is Employee)
print(isinstance([], list), isinstance(3, int | str))
