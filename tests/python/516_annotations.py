# __annotations__ of functions, classes and modules; annotations are
# evaluated at definition time (not inside functions), and subscripted
# builtin types make types.GenericAlias objects.
a: int = 3
b: str


def f(p: int, q: "str" = "x", *args: int, k: float = 1.0, **kw: dict) -> bool:
    local: undefined_name = 1
    return local == 1


def g(x, y):
    pass


print(f.__annotations__, g.__annotations__, f(1))


class C:
    y: int = 1
    z: "list[int]"
    w: list[int] = []


print(C.__annotations__, C.y, hasattr(C, "z"), __annotations__)
print(list[int], dict[str, list[int]], tuple[int, ...], type[C], list[C], list[int]([1, 2]), list[int].__origin__)
g.__annotations__ = {"x": int}
print(g.__annotations__)


class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__}]"


print(Box[int], Box[str])
try:
    int[3]
except TypeError as e:
    print(e)


class NoAnn:
    pass


print(NoAnn.__annotations__, NoAnn.__annotations__ is NoAnn.__annotations__, "__annotations__" in globals())
