# float(), round(), complex() and math.floor/ceil/trunc/sqrt of user objects
# go through __float__, __round__, __complex__, __floor__, __ceil__,
# __trunc__ and __index__.
import math


class Meters:
    def __init__(self, v):
        self.v = v

    def __float__(self):
        return float(self.v)

    def __round__(self, ndigits=None):
        return Meters(round(self.v, ndigits))

    def __floor__(self):
        return 'floor of %s' % self.v

    def __ceil__(self):
        return 'ceil of %s' % self.v

    def __trunc__(self):
        return int(self.v)

    def __repr__(self):
        return 'Meters(%r)' % self.v


m = Meters(2.675)
print(float(m), round(m), round(m, 2), round(m, None))
print(math.floor(m), math.ceil(m), math.trunc(m))
print(math.sqrt(Meters(16)), math.exp(Meters(0)), math.isclose(Meters(0.1), 0.1))


class Idx:
    def __index__(self):
        return 7


print(float(Idx()), complex(Idx()), math.factorial(Idx()), math.gcd(Idx(), 21))


class Z:
    def __complex__(self):
        return 3 - 4j


print(complex(Z()), abs(complex(Z())))


class BadFloat:
    def __float__(self):
        return 'nope'


for thunk in (lambda: float(BadFloat()), lambda: round(object()), lambda: float(object()),
              lambda: math.floor(object())):
    try:
        thunk()
    except TypeError as e:
        print('TypeError:', e)


class F(float):
    pass


print(float(F(1.5)), round(F(2.5)), math.floor(F(-1.5)))
