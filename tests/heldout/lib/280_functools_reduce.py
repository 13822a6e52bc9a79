from functools import reduce
import operator
print(reduce(operator.add, [1, 2, 3, 4]))
print(reduce(lambda a, b: a * b, range(1, 6)))
print(reduce(operator.add, [], 0))
print(reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []))
print(reduce(max, [3, 9, 2]))
try:
    reduce(operator.add, [])
except TypeError as e:
    print(type(e).__name__, e)
