import math
for n in [0, 1, 2, 3, 4, 15, 16, 17, 99, 100, 10**20, 2**127]:
    print(n, math.isqrt(n))
try:
    math.isqrt(-1)
except ValueError as e:
    print(type(e).__name__, e)
print(math.sqrt(16.0), math.sqrt(2))
try:
    math.sqrt(-1)
except ValueError as e:
    print(type(e).__name__, e)
