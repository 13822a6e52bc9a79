# namedtuple field name validation and rename=True
from collections import namedtuple

for fields in ['a b a', 'a _b', 'a class', 'a 1b', 'a b-c']:
    try:
        namedtuple('T', fields)
    except ValueError as e:
        print('ValueError:', e)
for name in ['1T', 'def']:
    try:
        namedtuple(name, 'a')
    except ValueError as e:
        print('ValueError:', e)
R = namedtuple('R', ['abc', 'def', 'ghi', 'abc', '_x', '1'], rename=True)
print(R._fields, R(1, 2, 3, 4, 5, 6))
E = namedtuple('E', '')
print(E(), E._fields, len(E()), E() == ())
M = namedtuple('M', 'a', module='mymod')
print(M.__module__, repr(M(1)))
