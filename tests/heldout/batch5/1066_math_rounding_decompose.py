# math floor/ceil/trunc, copysign, frexp/ldexp, modf
import math
for v in [2.5, -2.5, 3.0, -0.1, 7.9999, -7.9999]:
    print(v, math.floor(v), math.ceil(v), math.trunc(v), round(v), int(v))
print(type(math.floor(2.5)).__name__, math.floor(10 ** 20 + 0.0) == 10 ** 20, math.floor(5))
print(math.copysign(3, -0.0), math.copysign(-3, 1), math.copysign(0.0, -1))
print(math.frexp(8.0), math.frexp(0.1), math.frexp(0.0), math.frexp(-3.0))
m, e = math.frexp(123.456)
print(m, e, math.ldexp(m, e), math.ldexp(1, 10), math.ldexp(0.5, -1))
print(math.modf(3.75), math.modf(-3.75), math.modf(5.0))
print(math.fabs(-0.0), math.floor(-0.5), math.ceil(-0.5))
class Money:
    def __init__(self, v):
        self.v = v
    def __floor__(self):
        return "floor called"
    def __ceil__(self):
        return "ceil called"
    def __trunc__(self):
        return "trunc called"
print(math.floor(Money(1)), math.ceil(Money(1)), math.trunc(Money(1)))
try:
    math.floor(math.inf)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    math.ceil(math.nan)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.ldexp(1.0, 100000)
except OverflowError as e:
    print(type(e).__name__, e)
print(math.ldexp(1.0, -100000), math.frexp(math.inf))
print([math.ceil(n / 3) for n in range(7)], [-(-n // 3) for n in range(7)])
