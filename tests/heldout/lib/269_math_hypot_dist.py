import math
print(math.hypot(3, 4))
print(math.hypot(1, 2, 2))
print(math.hypot())
print(math.hypot(-5))
print(math.dist((0, 0), (3, 4)))
print(math.dist((1, 1, 1), (1, 1, 1)))
print(math.hypot(math.inf, math.nan))
try:
    math.dist((0, 0), (1,))
except ValueError as e:
    print(type(e).__name__, e)
