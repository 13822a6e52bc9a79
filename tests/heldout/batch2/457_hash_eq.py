class Card:
    def __init__(self, rank, suit):
        self.rank, self.suit = rank, suit
    def __eq__(self, o):
        return isinstance(o, Card) and (self.rank, self.suit) == (o.rank, o.suit)
    def __hash__(self):
        return hash((self.rank, self.suit))
    def __repr__(self):
        return f"{self.rank}{self.suit}"
hand = [Card("A", "s"), Card("K", "h"), Card("A", "s")]
uniq = set(hand)
print(len(uniq), Card("K", "h") in uniq, sorted(uniq, key=repr))
d = {Card("Q", "d"): "queen"}
print(d[Card("Q", "d")])
class NoHash:
    def __eq__(self, o):
        return True
try:
    {NoHash()}
except TypeError as e:
    print(type(e).__name__, e)
print(NoHash.__hash__ is None, hash(1) == hash(1.0) == hash(True))
try:
    hash([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
print(hash((1, 2)) == hash((1, 2)))
