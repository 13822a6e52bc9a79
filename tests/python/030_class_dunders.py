# Operator and protocol methods: __eq__, __lt__, __add__, __len__,
# __getitem__, __iter__/__next__, __contains__, __call__, __bool__,
# NotImplemented, and a TypeError for an unsupported operand.

class Vector:
    def __init__(self, *coords):
        self.coords = list(coords)
    def __repr__(self):
        return "Vector(" + ", ".join(str(c) for c in self.coords) + ")"
    def __len__(self):
        return len(self.coords)
    def __getitem__(self, i):
        return self.coords[i]
    def __add__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return Vector(*[a + b for a, b in zip(self.coords, other.coords)])
    def __mul__(self, k):
        return Vector(*[a * k for a in self.coords])
    def __rmul__(self, k):
        return self * k
    def __eq__(self, other):
        return isinstance(other, Vector) and self.coords == other.coords
    def __lt__(self, other):
        return sum(c * c for c in self.coords) < sum(c * c for c in other.coords)
    def __bool__(self):
        return any(self.coords)
    def __neg__(self):
        return self * -1

v = Vector(1, 2)
w = Vector(3, 4)
print(v + w, v * 3, 2 * w, -v, len(v), v[0], v[-1])
print(v == Vector(1, 2), v == w, v != w, v == "text")
print(sorted([w, Vector(0, 1), v]), max(v, w), min([w, v]))
print(v < w, w > v, bool(Vector(0, 0)), bool(v))
print("yes" if Vector(0, 0) else "no", Vector(1, 2) in [w, v])
total = Vector(0, 0)
for vec in [v, w, v]:
    total += vec
print(total)

class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

print(list(Countdown(5)), sum(Countdown(4)), [x * x for x in Countdown(3)])
a, b, c = Countdown(3)
print(a, b, c)

class Deck:
    def __init__(self):
        self.cards = [r + s for s in "SH" for r in "AKQ"]
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, i):
        return self.cards[i]
    def __iter__(self):
        return iter(self.cards)
    def __contains__(self, card):
        return card in self.cards
    def __setitem__(self, i, v):
        self.cards[i] = v

d = Deck()
d[0] = "JS"
print(len(d), d[0], d[1:3], "QH" in d, "AS" in d, list(d))

class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x):
        return x * self.k

triple = Multiplier(3)
print(triple(7), list(map(triple, [1, 2, 3])), callable(triple), callable(3))

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents
    def __hash__(self):
        return hash(self.cents)
    def __le__(self, other):
        return self.cents <= other.cents
    def __str__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"

prices = {Money(150): "coffee", Money(300): "cake"}
print(prices[Money(150)], Money(300) in prices, Money(1) <= Money(2), Money(5) >= Money(2))
print(f"{Money(1234)}", str(Money(5)), "{}".format(Money(99)))

print(v + 1)
