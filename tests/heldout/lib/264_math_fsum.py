import math
vals = [0.1] * 10
print(sum(vals))
print(math.fsum(vals))
print(math.fsum([1e100, 1.0, -1e100, 1.0]))
print(sum([1e100, 1.0, -1e100, 1.0]))
print(math.fsum([]))
print(math.fsum(range(5)))
print(0.1 + 0.2 == 0.3, math.fsum([0.1, 0.2]) == 0.30000000000000004)
