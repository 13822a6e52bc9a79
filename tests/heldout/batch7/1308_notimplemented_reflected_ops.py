class Money:
    def __init__(self, cents, cur="USD"):
        self.cents = cents
        self.cur = cur

    def __repr__(self):
        return f"{self.cur} {self.cents // 100}.{self.cents % 100:02d}"

    def _check(self, other):
        if isinstance(other, Money):
            if other.cur != self.cur:
                raise ValueError(f"currency mismatch {self.cur}/{other.cur}")
            return other.cents
        if isinstance(other, int):
            return other
        return None

    def __add__(self, other):
        c = self._check(other)
        if c is None:
            return NotImplemented
        return Money(self.cents + c, self.cur)

    def __radd__(self, other):
        print("  __radd__ with", type(other).__name__)
        return self.__add__(other)

    def __sub__(self, other):
        c = self._check(other)
        return NotImplemented if c is None else Money(self.cents - c, self.cur)

    def __rsub__(self, other):
        c = self._check(other)
        return NotImplemented if c is None else Money(c - self.cents, self.cur)

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Money(round(self.cents * k), self.cur)
        return NotImplemented

    __rmul__ = __mul__

    def __lt__(self, other):
        return self.cents < self._check(other)

    def __eq__(self, other):
        c = self._check(other)
        return NotImplemented if c is None else self.cents == c


wallet = [Money(1999), Money(501), Money(250)]
print(sum(wallet))
print(Money(100) + 50, 50 + Money(100), 1000 - Money(1), Money(1000) - 1)
print(Money(333) * 3, 0.5 * Money(333), Money(100) == 100, Money(5) == "5", sorted(wallet))
try:
    Money(1) + Money(1, "EUR")
except ValueError as e:
    print("ValueError:", e)
try:
    Money(1) + "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "x" * Money(3)
except TypeError as e:
    print("TypeError:", e)


class Meters:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return Meters(self.v + o.v) if isinstance(o, Meters) else NotImplemented


class Feet(Meters):
    def __radd__(self, o):
        return Feet(self.v * 3.28084 + o.v * 3.28084)


r = Meters(1) + Feet(1)
print(type(r).__name__, round(r.v, 3))
print(type(Feet(1) + Meters(1)).__name__)
