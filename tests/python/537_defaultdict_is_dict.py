# defaultdict is a dict subclass with __missing__ and default_factory
from collections import defaultdict

d = defaultdict(list)
d['a'].append(1)
d['a'].append(2)
d['b']
print(d, isinstance(d, dict), issubclass(defaultdict, dict), defaultdict.__mro__, d.default_factory)
print(dict(d), d == {'a': [1, 2], 'b': []}, len(d), 'c' in d, d.get('c'), list(d), sorted(d.items()))
print(d.__missing__('z'), d)
n = defaultdict(int, {'x': 1}, y=2)
for w in 'x y z x'.split():
    n[w] += 1
print(n, n.copy(), type(n.copy()).__name__, n | {'q': 0}, {'q': 0} | n)
n.default_factory = None
try:
    n['missing']
except KeyError as e:
    print('KeyError:', e)
print(defaultdict(), defaultdict(None, a=1), defaultdict(lambda: 0).default_factory.__name__)
print(repr(defaultdict(dict)), str(defaultdict(set, {1: {2}})))
try:
    defaultdict(5)
except TypeError as e:
    print('TypeError:', e)
