class Meters:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"Meters({self.v})"

    def __add__(self, other):
        if isinstance(other, Meters):
            return Meters(self.v + other.v)
        if isinstance(other, (int, float)):
            return Meters(self.v + other)
        return NotImplemented

    def __radd__(self, other):
        print(f"  __radd__ with {other!r}")
        return self.__add__(other)

    def __sub__(self, other):
        if isinstance(other, (int, float)):
            return Meters(self.v - other)
        return Meters(self.v - other.v)

    def __rsub__(self, other):
        return Meters(other - self.v)

    def __mul__(self, k):
        return Meters(self.v * k)

    def __rmul__(self, k):
        return Meters(k * self.v)

    def __rtruediv__(self, other):
        return other / self.v

    def __rpow__(self, base):
        return base ** self.v

    def __lt__(self, other):
        return self.v < (other.v if isinstance(other, Meters) else other)

    def __gt__(self, other):
        return self.v > (other.v if isinstance(other, Meters) else other)


m = Meters(5)
print(m + 3, 3 + m, m + Meters(1), 10 - m, m - 2, 2 * m, m * 2, 100 / m, 2 ** m)
print(sum([Meters(1), Meters(2), Meters(3)]))
print(5 < m, 7 < m, m > 4, sorted([Meters(3), Meters(1)], key=lambda x: x.v))
try:
    "s" + m
except TypeError as e:
    print("TypeError:", e)


class Base:
    def __add__(self, other):
        return "Base.__add__"

    def __radd__(self, other):
        return "Base.__radd__"


class Derived(Base):
    def __radd__(self, other):
        return "Derived.__radd__"


print(Base() + Derived())
print(Derived() + Base())
print(1 + Derived())


class Neither:
    pass


try:
    Neither() * Neither()
except TypeError as e:
    print("TypeError:", e)
try:
    Neither() < Neither()
except TypeError as e:
    print("TypeError:", e)


class Lhs:
    def __eq__(self, other):
        return NotImplemented


class Rhs:
    def __eq__(self, other):
        return "Rhs handled eq"


print(Lhs() == Rhs(), Lhs() == Lhs())


class Vec:
    def __init__(self, *c):
        self.c = c

    def __rmatmul__(self, other):
        return sum(a * b for a, b in zip(other, self.c))

    def __rand__(self, other):
        return f"rand {other}"

    def __ror__(self, other):
        return f"ror {other}"

    def __rmod__(self, other):
        return f"rmod {other}"

    def __rfloordiv__(self, other):
        return f"rfloordiv {other}"

    def __rlshift__(self, other):
        return f"rlshift {other}"


v = Vec(1, 2, 3)
print([1, 1, 1] @ v, 5 & v, 5 | v, 7 % v, 9 // v, 1 << v)
