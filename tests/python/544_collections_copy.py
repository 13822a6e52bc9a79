# copy / deepcopy of the collections dict and tuple subclasses
import copy
from collections import Counter, OrderedDict, defaultdict, namedtuple

P = namedtuple('P', 'x y')
p = P([1], {'k': [2]})
q = copy.deepcopy(p)
q.x.append(9)
print(p, q, type(q).__name__, copy.copy(p) == p, copy.copy(p).x is p.x)
od = OrderedDict(b=[1], a=[2])
od2 = copy.deepcopy(od)
od2['b'].append(3)
print(od, od2, type(od2).__name__, copy.copy(od) == od)
dd = defaultdict(list, a=[1])
dd2 = copy.copy(dd)
dd3 = copy.deepcopy(dd)
dd3['a'].append(2)
dd2['new'].append(0)
print(dd, dd2, dd3)
c = Counter(a=2)
c2 = copy.deepcopy(c)
c2['a'] += 1
print(c, c2, type(c2).__name__)
