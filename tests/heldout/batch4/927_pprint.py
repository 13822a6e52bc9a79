# pprint
import pprint
data = {'name': 'example', 'numbers': list(range(25)), 'nested': {'a': [1, 2, {'deep': 'value' * 3}], 'b': (1, 2)},
        'empty': {}, 'set': {3, 1, 2}, 'zeta': None, 'alpha': True}
pprint.pprint(data)
pprint.pprint(data, width=50, compact=True)
pprint.pprint(data, depth=1)
pprint.pprint(data, sort_dicts=False, width=120)
print(pprint.pformat([1, 2, 3]), pprint.pformat('x' * 10))
print(pprint.pformat({'long_key_' + str(i): i for i in range(6)}, width=40))
print(pprint.isreadable([1, 2]), pprint.isrecursive([1]), pprint.saferepr({'b': 1, 'a': [2]}))
r = [1, 2]
r.append(r)
print(pprint.isrecursive(r), pprint.isreadable(r))
pprint.pprint(('a long string that will need to be wrapped because it is quite long indeed ' * 2,), width=60)
pp = pprint.PrettyPrinter(indent=4, width=30)
pp.pprint({'k1': [1, 2, 3], 'k2': 'v' * 10, 'k3': {'x': 1}})
from dataclasses import dataclass
@dataclass
class P:
    x: int
    y: list
pprint.pprint(P(1, list(range(30))), width=40)
