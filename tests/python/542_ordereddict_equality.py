# OrderedDict equality is order-sensitive only between OrderedDicts
from collections import OrderedDict

a = OrderedDict(x=1, y=2)
b = OrderedDict(y=2, x=1)
print(a == b, a != b, a == dict(b), dict(b) == a, a == {'y': 2, 'x': 1}, a != {'y': 2, 'x': 1})
b.move_to_end('y')
print(a == b, a != b, a == OrderedDict(), OrderedDict() == OrderedDict())
print(a.__hash__, type(a).__hash__)


class LastUpdated(OrderedDict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        self.move_to_end(key)


lu = LastUpdated(a=1, b=2)
lu['a'] = 3
print(lu, type(lu).__name__, isinstance(lu, dict))
