# namedtuple classes are real tuple subclasses
from collections import namedtuple

P = namedtuple('P', ['x', 'y'])
p = P(1, 2)
print(isinstance(p, tuple), issubclass(P, tuple), type(p).__name__, P.__bases__, P.__mro__)
print(p, repr(p), str(p), p == (1, 2), (1, 2) == p, hash(p) == hash((1, 2)), p < (1, 3), p + (3,), p * 2)
print(len(p), list(p), p[0], p[-1], p[:1], p.count(1), p.index(2), 2 in p, tuple(p), sorted(P(3, 1)))
x, y = p
print(x, y, {p: 'v'}[(1, 2)], max(p), [q for q in p], '%s-%s' % p, '{}'.format(p))
print(P.__doc__, P.__module__, P.__name__, P.__qualname__, type(P))
print(P.x, P.x.__doc__, P.y.__doc__)
print(tuple.__repr__(p), tuple.__len__(p), tuple.__getitem__(p, 1))
