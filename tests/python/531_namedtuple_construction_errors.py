# namedtuple construction: keywords, defaults, argument errors
from collections import namedtuple

P = namedtuple('P', 'x, y z')
print(P(1, 2, 3), P(x=1, y=2, z=3), P(1, z=3, y=2))
for args, kw in [((1,), {}), ((), {}), ((1, 2, 3, 4), {}), ((1, 2), {'x': 5}), ((1, 2, 3), {'w': 0}), ((1,), {'y': 2})]:
    try:
        print(P(*args, **kw))
    except TypeError as e:
        print('TypeError:', e)
D = namedtuple('D', 'a b c', defaults=[20, 30])
print(D(1), D(1, 2), D(1, c=9), D._field_defaults, D._fields)
try:
    D()
except TypeError as e:
    print('TypeError:', e)
E = namedtuple('E', 'a b', defaults=iter([7]))
print(E(0), E._field_defaults)
try:
    namedtuple('F', 'a', defaults=(1, 2))
except TypeError as e:
    print('TypeError:', e)
