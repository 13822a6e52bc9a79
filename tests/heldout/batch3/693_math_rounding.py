import math
for x in (2.5, -2.5, 3.7, -3.7, 0.0):
    print(x, math.floor(x), math.ceil(x), math.trunc(x), round(x))
print(type(math.floor(1.5)).__name__)
print(math.modf(3.75), math.modf(-2.5))
print(math.fmod(7, 3), math.fmod(-7, 3), -7 % 3, math.remainder(7, 3))
print(math.fabs(-4), math.copysign(3, -0.0), math.copysign(2, 5))
print(math.frexp(8.0), math.ldexp(0.5, 4))
