from typing import Iterable, Iterator, Mapping, Sequence, TypeVar, Generic, Protocol, overload, Final, ClassVar
from typing import get_type_hints, Optional, Tuple
import typing

K = TypeVar("K")
V = TypeVar("V")


class Cache(Generic[K, V]):
    max_items: ClassVar[int] = 3

    def __init__(self) -> None:
        self._data: dict[K, V] = {}

    def put(self, key: K, value: V) -> None:
        if len(self._data) >= self.max_items:
            self._data.pop(next(iter(self._data)))
        self._data[key] = value

    def get(self, key: K, default: Optional[V] = None) -> Optional[V]:
        return self._data.get(key, default)

    def items(self) -> Iterator[Tuple[K, V]]:
        yield from self._data.items()


c: Cache[str, int] = Cache()
for i, k in enumerate("abcd"):
    c.put(k, i)
print(list(c.items()), c.get("a"), c.get("d"))
print(Cache.__parameters__, Cache[str, int].__args__)


class SupportsArea(Protocol):
    def area(self) -> float: ...


class Sq:
    def __init__(self, s: float) -> None:
        self.s = s

    def area(self) -> float:
        return self.s * self.s


def total_area(shapes: Iterable[SupportsArea]) -> float:
    return sum(s.area() for s in shapes)


print(total_area([Sq(1), Sq(2.5)]))


@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2


print(double(4), double("ab"))
LIMIT: Final = 10
print(LIMIT, get_type_hints(Cache.get))
print(typing.TYPE_CHECKING, isinstance([], typing.Sequence), issubclass(dict, typing.Mapping))


def summarize(data: Mapping[str, Sequence[int]]) -> dict[str, int]:
    return {k: sum(v) for k, v in data.items()}


print(summarize({"a": [1, 2], "b": (3,)}), summarize.__annotations__["return"])
Pair = tuple[int, int]
print(Pair, Pair.__origin__, Pair.__args__, typing.get_args(typing.Callable[..., int]))
