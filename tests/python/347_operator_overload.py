# Operator overloading: reflected, in-place, comparison and NotImplemented.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return "Money(%d)" % self.cents
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented
    __radd__ = __add__
    def __iadd__(self, other):
        print("iadd")
        self.cents += other.cents if isinstance(other, Money) else other
        return self
    def __mul__(self, k):
        return Money(self.cents * k) if isinstance(k, int) else NotImplemented
    def __rmul__(self, k):
        return self * k
    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents
    def __lt__(self, other):
        return self.cents < other.cents
    def __neg__(self):
        return Money(-self.cents)
m = Money(100)
print(m + Money(50), m + 5, 5 + m, m * 3, 2 * m, -m, sum([Money(1), Money(2)], Money(0)))
m += Money(1)
m += 9
print(m, m == Money(110), m != Money(1), m == 110, Money(1) < Money(2), Money(3) > Money(2))
print(sorted([Money(3), Money(1), Money(2)]), max(Money(5), Money(7)))
try:
    m + "x"
except TypeError as e:
    print("TypeError:", e)
try:
    m * 1.5
except TypeError as e:
    print("TypeError:", e)
try:
    Money(1) <= Money(2)
except TypeError as e:
    print("TypeError:", e)
