# itertools: groupby, chain, accumulate, takewhile, dropwhile, zip_longest, starmap, tee, compress, pairwise
from itertools import (groupby, chain, accumulate, takewhile, dropwhile, zip_longest,
                       starmap, tee, compress, filterfalse, pairwise)
import operator
data = "aaabccddddaa"
print([(k, len(list(g))) for k, g in groupby(data)])
people = [("eng", "ann"), ("eng", "bob"), ("ops", "cy"), ("eng", "dee")]
for dept, grp in groupby(sorted(people), key=lambda p: p[0]):
    print(dept, [name for _, name in grp])
print(list(chain("ab", [1, 2], (3,))), list(chain.from_iterable([[1], [2, 3], []])))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3, 4], operator.mul)))
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2, 3], initial=100)))
print(list(takewhile(lambda x: x < 4, [1, 3, 5, 2])), list(dropwhile(lambda x: x < 4, [1, 3, 5, 2])))
print(list(zip_longest("abc", [1], fillvalue="-")), list(zip_longest()))
print(list(starmap(pow, [(2, 3), (3, 2), (10, 0)])), list(starmap(operator.add, zip("ab", "xy"))))
a, b = tee(iter([1, 2, 3]))
print(list(a), list(b))
x, y = tee(range(4), 2)
next(y)
print(list(zip(x, y)))
print(list(compress("abcdef", [1, 0, 1, 0, 1, 1])), list(filterfalse(str.isdigit, "a1b2c3")))
print(list(pairwise([1, 4, 9, 16])), [b - a for a, b in pairwise([1, 4, 9, 16])])
balances = list(accumulate([100, -30, 45, -200, 10]))
print(balances, next((i for i, b in enumerate(balances) if b < 0), None))
runs = [len(list(g)) for k, g in groupby([1, 1, 0, 1, 1, 1, 0, 0, 1]) if k == 1]
print(max(runs), runs)
