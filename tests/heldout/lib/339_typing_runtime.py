from typing import List, Dict, Optional, Union, Any, get_origin, get_args, cast, TypeVar, Generic
print(get_origin(List[int]) is list, get_args(Dict[str, int]))
print(get_args(Optional[int]))
print(get_origin(Union[int, str]) is Union)
print(cast(int, "not really"))
T = TypeVar("T")
class Box(Generic[T]):
    def __init__(self, v: T):
        self.v = v
    def get(self) -> T:
        return self.v
b = Box[int](5)
print(b.get(), type(b).__name__)
def f(x: int, y: "str" = "a") -> bool:
    return True
print(f.__annotations__["x"], f.__annotations__["return"])
print(Optional[int] == Union[int, None])
print(list[int], dict[str, list[int]])
