import functools


@functools.total_ordering
class Grade:
    order = ["F", "D", "C", "B", "A"]

    def __init__(self, letter):
        self.letter = letter

    def __eq__(self, other):
        return self.letter == other.letter

    def __lt__(self, other):
        return self.order.index(self.letter) < self.order.index(other.letter)

    def __repr__(self):
        return f"Grade({self.letter})"


a, b, c = Grade("A"), Grade("B"), Grade("C")
print(a > b, b >= b, c <= a, a < c, b != c)
print(sorted([c, a, Grade("F"), b]), max([b, c, a]))


@functools.singledispatch
def describe(obj):
    return f"object {obj!r}"


@describe.register
def _(obj: int):
    return f"int {obj}"


@describe.register(float)
def _(obj):
    return f"float {obj:.2f}"


@describe.register(list)
@describe.register(tuple)
def _(obj):
    return f"sequence of {len(obj)}: " + ", ".join(describe(x) for x in obj)


@describe.register
def _(obj: dict):
    return "dict with keys " + ",".join(sorted(obj))


for v in [5, 2.5, "s", [1, 2.0], (3,), {"b": 1, "a": 2}, True, None]:
    print(describe(v))
print(describe.dispatch(bool).__name__ == describe.dispatch(int).__name__, sorted(t.__name__ for t in describe.registry if t is not object))


class Formatter:
    @functools.singledispatchmethod
    def fmt(self, arg):
        return f"? {arg}"

    @fmt.register
    def _(self, arg: int):
        return f"#{arg:04d}"

    @fmt.register
    def _(self, arg: str):
        return f"'{arg}'"


f = Formatter()
print(f.fmt(42), f.fmt("hi"), f.fmt(1.5))
key = functools.cmp_to_key(lambda x, y: len(x) - len(y) or (x > y) - (x < y))
print(sorted(["ccc", "a", "bb", "aa", "b"], key=key))
