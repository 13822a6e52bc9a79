# Counter is a dict subclass
from collections import Counter

c = Counter('abracadabra')
print(c, isinstance(c, dict), issubclass(Counter, dict), Counter.__mro__)
print(c['a'], c['zzz'], 'zzz' in c, len(c), sorted(c), c.most_common(2), c.most_common(0), c.total())
print(dict(c), c == Counter({'a': 5, 'b': 2, 'r': 2, 'c': 1, 'd': 1}), c != Counter('abc'), sorted(c.elements()))
del c['zzz']
del c['a']
print(c, Counter(), Counter(a=2, b=-1), Counter({'x': 3}), Counter(Counter('aab')))
c.update('bbb')
c.update({'r': 10})
c.subtract(['r'])
c.subtract(b=1)
print(c, c.get('b'), list(c.keys()), c.copy(), type(c.copy()).__name__)
try:
    Counter.fromkeys('abc')
except NotImplementedError as e:
    print('NotImplementedError:', e)
try:
    hash(Counter())
except TypeError as e:
    print('TypeError:', e)
