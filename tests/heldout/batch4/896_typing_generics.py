# typing: TypeVar, Generic, Protocol, cast, Literal, Callable, get_origin/get_args
from typing import TypeVar, Generic, Protocol, runtime_checkable, cast, Literal, Callable, Any, get_origin, get_args, Optional, Union, Final, Iterator
T = TypeVar('T')
K = TypeVar('K', str, int)
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: list[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
s = Stack[int]()
s.push(1); s.push(2)
print(s.pop(), s.items, Stack.__parameters__, T.__name__, K.__constraints__)
@runtime_checkable
class Closeable(Protocol):
    def close(self) -> None: ...
class File:
    def close(self) -> None:
        pass
print(isinstance(File(), Closeable), isinstance(42, Closeable))
print(cast(int, 'not really an int'), cast('list[str]', [1]))
Mode = Literal['r', 'w']
print(get_args(Mode), get_origin(Mode) is Literal)
print(get_origin(list[int]) is list, get_args(dict[str, int]), get_args(Optional[int]))
print(get_origin(Union[int, str]) is Union, get_args(Callable[[int, str], bool]))
print(Optional[int] == Union[int, None], Union[int, int] == int, (int | str) == Union[int, str])
def apply(f: Callable[[int], int], x: int) -> int:
    return f(x)
print(apply(lambda n: n * 3, 4))
MAX: Final = 10
print(MAX)
def gen() -> Iterator[int]:
    yield 1
print(list(gen()))
print(repr(Optional[int]), repr(list[int]), repr(dict[str, list[int]]), repr(int | None))
from typing import TYPE_CHECKING, NewType, Any
UserId = NewType('UserId', int)
print(UserId(5), type(UserId(5)).__name__, TYPE_CHECKING, UserId.__name__)
def anything(x: Any) -> Any:
    return x
print(anything([1]))
