import math
print([math.factorial(i) for i in range(10)])
print(math.factorial(25))
print(math.comb(5, 2), math.comb(10, 0), math.comb(3, 5))
print(math.perm(5, 2), math.perm(5), math.perm(3, 5))
print(math.comb(50, 25))
try:
    math.factorial(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.comb(-1, 2)
except ValueError as e:
    print(type(e).__name__, e)
