import math
print(math.prod([1, 2, 3, 4]))
print(math.prod([]))
print(math.prod([2, 3], start=10))
print(math.prod([0.5, 4]))
print(math.prod(range(1, 21)) == math.factorial(20))
print(math.pow(2, 10), 2 ** 10, pow(2, 10, 1000))
print(pow(3, -1, 7))
print(math.pow(4, 0.5))
try:
    math.pow(-8, 1 / 3)
except ValueError as e:
    print(type(e).__name__, e)
print((-8) ** 2, 0 ** 0, math.pow(0, 0))
print(divmod(17, 5), divmod(-17, 5))
