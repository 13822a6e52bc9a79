class Card:
    SUITS = {"S": "♠", "H": "♥", "D": "♦", "C": "♣"}

    def __init__(self, rank, suit):
        self.rank, self.suit = rank, suit

    def __repr__(self):
        return f"Card({self.rank!r}, {self.suit!r})"

    def __str__(self):
        return f"{self.rank}{self.SUITS[self.suit]}"


hand = [Card("A", "S"), Card(10, "H"), Card("Q", "D")]
print(hand)
print(", ".join(map(str, hand)))
print(str(hand) == repr(hand), f"{hand[0]}", f"{hand[0]!r}", "%s|%r" % (hand[1], hand[1]))
print({"best": hand[0]}, (hand[2],), {hand[0].rank: str(hand[0])})
print(str(["a", 1]), repr("a"), str("a"), [str(x) for x in ["a", 1, None, 2.5]])


class Money:
    def __init__(self, amount, currency="USD"):
        self.amount = amount
        self.currency = currency

    def __repr__(self):
        return f"Money({self.amount!r}, {self.currency!r})"

    def __str__(self):
        return f"{self.amount:.2f} {self.currency}"


wallet = {"cash": Money(12.5), "card": Money(100, "EUR")}
print(wallet)
for k, v in wallet.items():
    print(f"{k:>5}: {v}")
print(max(wallet.values(), key=lambda m: m.amount))
import collections
Pt = collections.namedtuple("Pt", "x y")
print([Pt(1, 2)], str(Pt(3, 4)), {Pt(0, 0): Money(1)})
from decimal import Decimal
from fractions import Fraction
print([Decimal("1.10"), Fraction(1, 3)], str(Decimal("1.10")), str(Fraction(2, 4)))
print([1.0, 1e-20, float("inf")], str([True, None]), [b"x", bytearray(b"y")])
print(repr({"nested": [{"a": (1, "two")}]}))
