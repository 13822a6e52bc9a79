import functools


@functools.total_ordering
class Card:
    RANKS = "23456789TJQKA"

    def __init__(self, text):
        self.rank, self.suit = text[0], text[1]

    def __eq__(self, other):
        return self.RANKS.index(self.rank) == self.RANKS.index(other.rank)

    def __lt__(self, other):
        return self.RANKS.index(self.rank) < self.RANKS.index(other.rank)

    def __repr__(self):
        return self.rank + self.suit


hand = [Card(t) for t in "KH 3S AD TC 3D 9H".split()]
print(sorted(hand), max(hand), min(hand))
print(Card("KH") > Card("QS"), Card("2C") >= Card("2D"), Card("5H") <= Card("4H"), Card("AS") != Card("AD"))


@functools.singledispatch
def describe(obj):
    return f"object of type {type(obj).__name__}"


@describe.register
def _(obj: int):
    return f"int with {len(str(abs(obj)))} digits"


@describe.register
def _(obj: str):
    return f"string {obj!r}"


@describe.register(list)
@describe.register(tuple)
def _(obj):
    return f"sequence of {len(obj)}: [" + ", ".join(describe(x) for x in obj) + "]"


@describe.register
def _(obj: bool):
    return f"bool {obj}"


for v in [42, -1234, "hi", [1, "a"], (True,), 3.5, None, {"k": 1}]:
    print(describe(v))
print(describe.dispatch(bool).__name__ == "_", describe.dispatch(float) is describe.registry[object])


class Shape:
    @functools.singledispatchmethod
    def scale(self, factor):
        raise TypeError(f"cannot scale by {type(factor).__name__}")

    @scale.register
    def _(self, factor: int):
        return f"int scale x{factor}"

    @scale.register
    def _(self, factor: float):
        return f"float scale x{factor:.2f}"


s = Shape()
print(s.scale(3), s.scale(0.5))
try:
    s.scale("big")
except TypeError as e:
    print("TypeError:", e)


@functools.wraps(describe)
def wrapper(*a):
    return describe(*a)


print(wrapper.__name__, wrapper(7))
print(wrapper.__doc__ == describe.__doc__, wrapper.__wrapped__ is describe)
