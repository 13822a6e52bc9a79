# code that dispatches on isinstance(x, dict) / isinstance(x, tuple) now sees collections objects
from collections import Counter, OrderedDict, defaultdict, namedtuple

P = namedtuple('P', 'x y')


def kind(v):
    if isinstance(v, dict):
        return 'dict'
    if isinstance(v, tuple):
        return 'tuple'
    return 'other'


for v in [Counter('a'), OrderedDict(), defaultdict(int), P(1, 2), {}, (), 3]:
    print(type(v).__name__, kind(v))
print('%s and %r' % P('a', 'b'), '%(k)s' % OrderedDict(k=3), '%(n)d' % Counter(n=2))
print(dict(Counter('ab'), z=1), {**OrderedDict(k=1)}, list(P(3, 4)), set(P(1, 1)))
d = {}
d.update(Counter('xx'))
print(d, sorted(defaultdict(int, b=1, a=2)), tuple(P(5, 6)) is not P(5, 6))
