import math
for x in [2.5, -2.5, 3.0, -0.5, 7, 1e10 + 0.5]:
    print(x, math.floor(x), math.ceil(x), math.trunc(x), type(math.floor(x)).__name__)
print(round(2.5), round(3.5), round(-2.5))
print(round(2.675, 2))
try:
    math.floor(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    math.ceil(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
