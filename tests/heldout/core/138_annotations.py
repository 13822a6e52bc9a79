x: int = 5
y: list[str]
print(__annotations__)
def f(a: int, b: "str" = "x", *args: float, c: bool, **kw: dict) -> None:
    pass
print(f.__annotations__)
class P:
    name: str
    age: int = 0
print(P.__annotations__, hasattr(P, "name"), P.age)
try:
    print(y)
except NameError as e:
    print(type(e).__name__, e)
def g(v: "undefined_name") -> "also": return v
print(g(3), g.__annotations__)
import typing
print(typing.get_type_hints(P))
