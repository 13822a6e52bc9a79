# functools.reduce with and without an initial value, and its errors
from functools import reduce
import operator

print(reduce(operator.add, [1, 2, 3, 4]))
print(reduce(operator.mul, range(1, 11)))
print(reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []))
print(reduce(max, [3, 9, 2]), reduce(operator.add, [], 100), reduce(operator.add, ["only"]))
print(reduce(lambda a, b: a * 10 + b, iter([1, 2, 3])))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)
try:
    reduce(operator.add, 5)
except TypeError as e:
    print("TypeError:", e)
