# copy/deepcopy of library objects: deque, Counter, defaultdict, namedtuple, dataclass
import copy
from collections import deque, Counter, defaultdict, namedtuple, OrderedDict
from dataclasses import dataclass, field

d = deque([[1], [2]], maxlen=4)
d2 = copy.copy(d)
d3 = copy.deepcopy(d)
d[0].append("x")
print(d2, d3, d2.maxlen, d3.maxlen)
c = Counter("hello")
c2 = copy.copy(c)
c2["h"] += 10
print(c["h"], c2["h"], type(c2).__name__)
dd = defaultdict(list, a=[1])
dd2 = copy.deepcopy(dd)
dd2["a"].append(2)
dd2["b"].append(3)
print(dd, dd2)
P = namedtuple("P", "x y")
p = P([1], 2)
print(copy.copy(p), copy.deepcopy(p).x is p.x, copy.copy(p).x is p.x)


@dataclass
class Box:
    items: list = field(default_factory=list)


b = Box([1, [2]])
b2 = copy.deepcopy(b)
b.items[1].append(3)
print(b, b2, copy.copy(b).items is b.items)
od = OrderedDict(z=1, a=2)
print(copy.deepcopy(od), list(copy.copy(od)))
