# itertools.accumulate, chain, chain.from_iterable, compress, starmap
import operator
from itertools import accumulate, chain, compress, starmap

print(list(accumulate([1, 2, 3, 4, 5])))
print(list(accumulate([3, 1, 4, 1, 5, 9, 2], max)))
print(list(accumulate([1, 2, 3], operator.mul, initial=10)))
print(list(accumulate([])), list(accumulate([], initial=0)))
print(list(accumulate(["a", "b", "c"])))
print(list(chain("ab", [1, 2], (None,))))
print(list(chain.from_iterable(["xy", "z", ""])))
print(list(chain()))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(compress(range(10), [True] * 3)))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(starmap(lambda *a: sum(a), [(1,), (1, 2), ()])))
it = chain([1], [2])
print(next(it), next(it), next(it, "done"))
