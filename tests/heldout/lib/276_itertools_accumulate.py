import itertools as it
import operator
print(list(it.accumulate([1, 2, 3, 4, 5])))
print(list(it.accumulate([1, 2, 3, 4, 5], operator.mul)))
print(list(it.accumulate([3, 1, 4, 1, 5, 9, 2], max)))
print(list(it.accumulate([1, 2, 3], initial=100)))
print(list(it.accumulate([])))
print(list(it.accumulate(["a", "b", "c"])))
