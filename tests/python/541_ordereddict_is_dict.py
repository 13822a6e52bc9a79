# OrderedDict is a dict subclass: move_to_end, popitem(last=), reversed
from collections import OrderedDict

od = OrderedDict([('a', 1), ('b', 2)], c=3)
print(od, isinstance(od, dict), issubclass(OrderedDict, dict), OrderedDict.__mro__)
od.move_to_end('a')
print(od, list(od), list(reversed(od)))
od.move_to_end('a', last=False)
print(od, od.popitem(), od.popitem(last=False), od)
try:
    od.move_to_end('zz')
except KeyError as e:
    print('KeyError:', e)
e = OrderedDict()
print(e, repr(e), bool(e))
try:
    e.popitem()
except KeyError as ex:
    print('KeyError:', ex)
try:
    e.popitem(last=False)
except KeyError as ex:
    print('KeyError:', ex)
print(OrderedDict.fromkeys('xyz', 0), OrderedDict.fromkeys('ab'), od.copy(), type(od.copy()).__name__)
print(od | {'q': 1}, {'q': 1} | od, dict(od), od['b'], od.get('zz', 'dflt'), len(od))
