# int's arithmetic dunders leave floats and complex numbers to the other
# operand; logs of ints too large for a float; itertools.count/repeat
# reprs; Enum's metaclass is EnumType.
import enum
import itertools
import math

print((3).__sub__(4.0), (3).__radd__(4.5), (2.0).__add__(1j), (3).__add__(4), (2.5).__mul__(2))
print((True).__add__(1.0), (3).__truediv__(2), (3).__pow__(2.0))
for x in (2 ** 2000, 3 ** 5000, 10 ** 400, 7 ** 999 + 1):
    print(math.log(x), math.log2(x), math.log10(x))
try:
    math.log(-(2 ** 2000))
except ValueError as e:
    print(type(e).__name__, e)
c = itertools.count(3)
next(c)
print(c, itertools.count(3, 2), itertools.count(1.5), itertools.count(0, 1.0))
r = itertools.repeat("z", 3)
next(r)
print(r, itertools.repeat(None), list(r), list(itertools.repeat(1, -2)))


class Color(enum.Enum):
    RED = 1


print(type(Color).__name__, enum.EnumMeta is enum.EnumType, isinstance(Color, enum.EnumMeta))
