# Enum members as dict keys, in sets, sorted by value, counted, and in match-like dispatch
from enum import Enum, IntEnum
from collections import Counter


class Suit(Enum):
    CLUBS = 1
    DIAMONDS = 2
    HEARTS = 3
    SPADES = 4


class Rank(IntEnum):
    TWO = 2
    TEN = 10
    ACE = 14


hand = [(Rank.ACE, Suit.SPADES), (Rank.TWO, Suit.HEARTS), (Rank.TEN, Suit.SPADES), (Rank.TWO, Suit.CLUBS)]
print(Counter(s for _, s in hand).most_common(1))
print(sorted(hand, key=lambda c: (c[0], c[1].value)))
print({s: [int(r) for r, s2 in hand if s2 is s] for s in Suit})
print(Suit.HEARTS in {Suit.HEARTS, Suit.CLUBS}, max(r for r, _ in hand), sum(r for r, _ in hand))
colour = {Suit.HEARTS: "red", Suit.DIAMONDS: "red"}
print([colour.get(s, "black") for _, s in hand])
print(Suit(2).name, Rank(10), Rank.TEN == 10, [s.name for s in reversed(list(Suit))])
