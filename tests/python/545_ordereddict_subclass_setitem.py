# OrderedDict subclasses: __init__, update and setdefault go through __setitem__
from collections import OrderedDict, Counter, namedtuple


class Logged(OrderedDict):
    def __setitem__(self, key, value):
        print('set', key, value)
        super().__setitem__(key, value)


lu = Logged([('a', 1)], b=2)
lu.update({'c': 3}, d=4)
lu.update([('e', 5)])
print(lu.setdefault('f', 6), lu.setdefault('a', 0))
print(lu, isinstance(lu, OrderedDict), lu == OrderedDict(lu))
print(Counter({1: 'a', 'b': 2}), Counter({'x': 1.5, 'y': 2}))
P = namedtuple('P', 'x y')
print(P.__new__.__qualname__, P.__new__.__doc__, P.__new__.__name__)
