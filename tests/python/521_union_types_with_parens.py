# X | Y of types (types.UnionType) in annotations, isinstance and
# issubclass; parenthesised context managers in `with`.
x: int | None = None


def f(a: int | str = 1) -> list[int] | None:
    pass


class C:
    pass


print(f.__annotations__, int | None, str | int | None, None | int, int | int, C | dict[str, C])
print(isinstance(3, int | str), isinstance(None, int | None), isinstance("s", int | float), issubclass(bool, str | int))
print(type(int | str).__name__, (int | str).__args__, (int | str) == (int | str) or "identity only")
try:
    1 | str
except TypeError as e:
    print(e)


class A:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self.name

    def __exit__(self, *exc):
        print("exit", self.name, exc[0])


with (A("a") as a, A("b") as b):
    print(a, b)
with (
    A("c") as c,
    A("d"),
):
    print(c)
with (A("e")):
    pass
with (A("f")) as g:
    print(g)
