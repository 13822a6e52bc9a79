from typing import List, Dict, Optional, Union, NamedTuple, TypedDict, Any, Callable, get_type_hints, cast, TYPE_CHECKING
def greet(name: str, times: int = 1) -> str:
    return " ".join([f"hi {name}"] * times)
print(greet("x", 2), greet.__annotations__["times"].__name__)
class Emp(NamedTuple):
    name: str
    id: int = 3
e = Emp("guido")
print(e, e._fields, Emp.__annotations__ == {"name": str, "id": int})
class Movie(TypedDict):
    title: str
    year: int
m: Movie = {"title": "Blade", "year": 1982}
print(m, type(m).__name__)
def first(xs: List[int]) -> Optional[int]:
    return xs[0] if xs else None
print(first([]), first([4]))
print(get_type_hints(first)["return"] == Optional[int], Optional[int] == Union[int, None])
print(cast(int, "not really"), TYPE_CHECKING)
print(int | str == Union[int, str], isinstance(3, int | str))
f: Callable[[int], int] = lambda v: v + 1
print(f(1))
