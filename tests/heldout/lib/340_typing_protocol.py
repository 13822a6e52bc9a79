from typing import Protocol, runtime_checkable, Callable, Iterable, Final, Literal
@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
class Res:
    def close(self):
        return None
class Nope:
    pass
print(isinstance(Res(), Closer), isinstance(Nope(), Closer))
def apply(fn: Callable[[int], int], xs: Iterable[int]) -> list:
    return [fn(x) for x in xs]
print(apply(lambda v: v * 3, range(4)))
LIMIT: Final = 10
Mode = Literal["r", "w"]
def open_mode(m: Mode) -> str:
    return m * 2
print(LIMIT, open_mode("r"))
print(Literal["r", "w"].__args__)
