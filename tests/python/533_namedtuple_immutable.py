# namedtuple instances are immutable: field accessors are read-only, no __dict__
from collections import namedtuple

P = namedtuple('P', 'x y')
p = P(1, 2)


def set_x():
    p.x = 5


def set_z():
    p.z = 5


def del_x():
    del p.x


def set_item():
    p[0] = 1


def del_item():
    del p[0]


for f in [set_x, set_z, del_x, set_item, del_item]:
    try:
        f()
    except (AttributeError, TypeError) as e:
        print(f.__name__, type(e).__name__, e)
print(p, hasattr(p, '__dict__'), P.__slots__)
try:
    vars(p)
except TypeError as e:
    print('TypeError:', e)
