# pprint: layouts must match CPython's byte for byte
import pprint
from collections import OrderedDict, defaultdict, Counter, deque, ChainMap
from dataclasses import dataclass, field
data = {'name': 'example', 'numbers': list(range(30)), 'nested': {'a': [1, 2, {'deep': 'value' * 5}], 'b': (1, 2), 'c': (3,)},
        'empty': {}, 'el': [], 'et': (), 'es': set(), 'set': {3, 1, 2}, 'fs': frozenset({20, 10}), 'zeta': None,
        1: 'int key', 'alpha': True, 'f': 1.5, 'bytes': b'\x00\x01' * 30}
for kw in [{}, {'width': 40}, {'width': 40, 'compact': True}, {'depth': 2}, {'indent': 3, 'width': 50},
           {'sort_dicts': False, 'width': 100}]:
    print(kw)
    pprint.pprint(data, **kw)
text = 'The quick brown fox jumps over the lazy dog. ' * 4 + '\nsecond line\n' + 'x' * 90
pprint.pprint(text)
pprint.pprint([text], width=50)
pprint.pprint({'k': text}, width=60)
pprint.pprint(bytearray(b'abcdefgh' * 12), width=40)
pprint.pprint([[1, 2, [3, 4, [5, 6, [7, 8]]]]] * 3, depth=3, width=20)
pprint.pprint(OrderedDict((str(i), i * i) for i in range(12)), width=40)
dd = defaultdict(list, {'a': list(range(20)), 'b': []})
pprint.pprint(dd, width=40)
pprint.pprint(Counter('abracadabra' * 3), width=30)
pprint.pprint(deque(range(30), maxlen=40), width=40)
pprint.pprint(deque(range(30)), width=40)
pprint.pprint(ChainMap({'a': list(range(15))}, {'b': 2}), width=40)
@dataclass
class Node:
    name: str
    children: list = field(default_factory=list)
    hidden: int = field(default=0, repr=False)
tree = Node('root', [Node('child%d' % i, [Node('leaf')]) for i in range(3)])
pprint.pprint(tree, width=50)
print(pprint.pformat(tree, width=200))
r = [1, 2]
r.append(r)
d = {'self': None}
d['self'] = d
print(pprint.saferepr(r)[:20], pprint.isrecursive(r), pprint.isreadable(r), pprint.isreadable([1, 'a', (2.5,)]))
print(pprint.isreadable(object()), pprint.saferepr({'b': [1, {2}], 'a': (1,)}), pprint.pformat(d)[:14])
pp = pprint.PrettyPrinter(indent=2, width=30, compact=True)
pp.pprint([list(range(12)), 'abc' * 8, {'key': list(range(8))}])
print(pp.pformat((1,)), pp.isreadable({1: 2}), pp.isrecursive(r))
pprint.pp({'z': 1, 'a': [2] * 30}, width=40)
for bad in [{'indent': -1}, {'depth': 0}, {'width': 0}]:
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print(e)
class MyList(list):
    pass
class ReprList(list):
    def __repr__(self):
        return 'ReprList!'
pprint.pprint(MyList(range(40)), width=60)
pprint.pprint([ReprList(range(40))] * 8, width=30)
pprint.pprint({'mixed': [1, 'a', None], (1, 2): 'tuple key', 3: 'x', 'b': 2}, width=30)
pprint.pprint(12345678901234567890, underscore_numbers=True)
