# Classes of the collections/functools/itertools objects name their module
import collections
import functools
import itertools

print(collections.deque, collections.Counter, collections.OrderedDict, collections.defaultdict)
print(type(collections.deque()).__name__, collections.Counter.__module__, collections.deque.__qualname__)
P = collections.namedtuple("P", "a b")
print(P, P.__name__, P.__doc__)
print(type(functools.partial(int)), functools.partial.__module__)
print(type(itertools.chain()).__name__)
