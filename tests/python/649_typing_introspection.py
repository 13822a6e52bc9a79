# typing.get_origin/get_args, get_type_hints with string annotations, and
# runtime_checkable protocols in isinstance/issubclass.
import typing
from typing import (Callable, Dict, List, Literal, Optional, Protocol, Tuple, Union, get_args,
                    get_origin, runtime_checkable)

print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Optional[int]) is Union)
print(get_args(Optional[int]), get_args(Union[int, str, None]), get_args(Tuple[int, ...]))
print(get_origin(list[int]), get_args(dict[str, list[int]]), get_args(int | str), get_origin(int), get_args(int))
print(get_args(Callable[[int, str], bool]), get_args(Literal['a', 'b']), get_origin(Literal['a']) is Literal)


class Node:
    value: 'int'
    next: 'Optional[Node]'

    def link(self, other: 'Node', weight: float = 1.0) -> 'Node':
        return other


def combine(a: 'List[int]', b: Optional[str] = None) -> None:
    pass


print(typing.get_type_hints(combine))
print(typing.get_type_hints(Node.link))
print(typing.get_type_hints(Node))
print(combine.__annotations__)


@runtime_checkable
class SupportsClose(Protocol):
    def close(self) -> None:
        ...


class File:
    def close(self):
        pass


class Rock:
    pass


class Explicit(SupportsClose):
    pass


print(isinstance(File(), SupportsClose), isinstance(Rock(), SupportsClose), isinstance(Explicit(), SupportsClose))
print(issubclass(File, SupportsClose), issubclass(Rock, SupportsClose))


class NotChecked(Protocol):
    def run(self):
        ...


for thunk in (lambda: isinstance(File(), NotChecked), lambda: runtime_checkable(Rock)):
    try:
        thunk()
    except TypeError as e:
        print('TypeError:', e)
