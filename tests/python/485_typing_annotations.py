# typing: common annotations import and evaluate; reprs of generic aliases; helpers
from typing import (Any, Callable, Dict, Iterable, Iterator, List, Optional, Sequence,
                    Set, Tuple, TypeVar, Union, Generic, cast, TYPE_CHECKING, ClassVar, Literal)
import typing

T = TypeVar("T")


def first(xs: Sequence[T], default: Optional[T] = None) -> Optional[T]:
    return xs[0] if xs else default


def apply(f: Callable[[int], int], xs: Iterable[int]) -> List[int]:
    return [f(x) for x in xs]


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()


class Config:
    name: str
    limit: ClassVar[int] = 10
    mode: Literal["r", "w"] = "r"


s: Stack[int] = Stack()
s.push(3)
print(first([4, 5]), first([], "none"), apply(lambda v: v * v, range(4)), s.pop())
print(List[int], Dict[str, List[int]], Optional[str], Union[int, str], Union[int, None])
print(Tuple[int, ...], Set[bytes], Callable, Any, T, Union[int, Union[str, int]])
print(Config.__annotations__["name"], Config.limit, cast(int, "not checked"), TYPE_CHECKING)
print(typing.get_type_hints(Config)["mode"], Union[int] is int, Optional[int] == Union[int, None])
