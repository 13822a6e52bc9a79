class Deck:
    def __init__(self, cards):
        self.cards = list(cards)
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, i):
        return self.cards[i]
    def __contains__(self, x):
        return x in self.cards
    def __repr__(self):
        return f"Deck({self.cards})"
    def __str__(self):
        return " ".join(self.cards)
    def __bool__(self):
        return bool(self.cards)
    def __eq__(self, other):
        return isinstance(other, Deck) and self.cards == other.cards
d = Deck(["A", "K", "Q"])
print(len(d), d[0], d[-1], d[1:], "K" in d, "J" in d)
print(str(d), repr(d))
print([c for c in d])
print(bool(d), bool(Deck([])))
print(d == Deck(["A", "K", "Q"]), d != Deck([]))
class Callable:
    def __call__(self, x):
        return x + 1
print(Callable()(41))
