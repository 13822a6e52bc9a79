# importlib.import_module on stdlib modules
import importlib, sys
m = importlib.import_module('math')
print(m.__name__, m.sqrt(81), m is sys.modules['math'])
jd = importlib.import_module('json.decoder')
print(jd.__name__, hasattr(jd, 'JSONDecoder'), 'json' in sys.modules)
rel = importlib.import_module('.encoder', package='json')
print(rel.__name__)
names = ['string', 'collections', 'itertools', 'heapq', 'bisect', 'textwrap']
mods = {n: importlib.import_module(n) for n in names}
print(sorted(mods), all(sys.modules[n] is mods[n] for n in names))
print(mods['string'].ascii_lowercase[:5], mods['heapq'].nsmallest(2, [5, 3, 9]))
try:
    importlib.import_module('no_such_module_hopefully_xyz')
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    importlib.import_module('json.no_such_sub')
except ImportError as e:
    print(type(e).__name__, e.name)
try:
    from math import no_such_name
except ImportError as e:
    print(type(e).__name__, e.name)
op = __import__('operator')
print(op.add(1, 2), __import__('os.path').__name__, __import__('os.path', fromlist=['join']).__name__ in ('posixpath', 'ntpath'))
import importlib.util
print(importlib.util.find_spec('collections') is not None, importlib.util.find_spec('no_such_mod_xyz'))
c = importlib.import_module('textwrap')
c2 = importlib.reload(c)
print(c2 is c, c2.__name__)
print(type(m).__name__, m.__spec__.name, hasattr(m, '__loader__'))
import types
dyn = types.ModuleType('dynmod', 'doc for dynmod')
exec('def hello():\n    return "hi from dynmod"', dyn.__dict__)
print(dyn.hello(), dyn.__doc__, dyn.__name__)
