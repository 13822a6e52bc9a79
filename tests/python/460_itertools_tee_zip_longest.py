# itertools.tee, zip_longest and pairwise
from itertools import tee, zip_longest, pairwise

a, b = tee(iter([1, 2, 3, 4]))
print(next(a), next(a), list(b), list(a))
x, y, z = tee("hey", 3)
print(list(x), list(z), list(y))
print(tee([], 0))
print(list(zip_longest("ABCD", "xy", fillvalue="-")))
print(list(zip_longest([1, 2], [3], [4, 5, 6])))
print(list(zip_longest()), list(zip_longest([], [])))
print(list(pairwise("ABCDE")), list(pairwise([1])), list(pairwise([])))
print([b - a for a, b in pairwise([1, 4, 9, 16, 25])])
try:
    tee([1], -1)
except ValueError as e:
    print("ValueError:", e)
