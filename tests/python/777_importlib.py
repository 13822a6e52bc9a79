# importlib: import_module, reload, find_spec, module specs, types.ModuleType
import importlib, importlib.util, importlib.machinery, sys, types
m = importlib.import_module('math')
print(m.__name__, m is sys.modules['math'], m.__spec__.name, m.__spec__.origin, m.__loader__ is m.__spec__.loader)
print(m.__spec__, importlib.util.find_spec('math') is m.__spec__)
leaf = importlib.import_module('imports.pkg.sub.leaf')
print(leaf.__name__, 'imports.pkg' in sys.modules)
core = importlib.import_module('.core', package='imports.pkg')
print(core.__name__, core is sys.modules['imports.pkg.core'])
up = importlib.import_module('..util', package='imports.pkg.sub')
print(up.__name__, importlib.import_module('..', 'imports.pkg.sub').__name__)
spec = core.__spec__
print(type(spec).__name__, spec.name, spec.parent, spec.origin.endswith('imports/pkg/core.py'), spec.has_location, spec.submodule_search_locations)
pspec = sys.modules['imports.pkg'].__spec__
print(pspec.parent, pspec.origin.endswith('__init__.py'), [p.endswith('imports/pkg') for p in pspec.submodule_search_locations])
print(type(core.__loader__).__name__, core.__loader__.get_filename() == core.__file__, core.__loader__.is_package('imports.pkg.core'))
for bad, exc in [(lambda: importlib.import_module('.core'), TypeError), (lambda: importlib.import_module('no_such_mod_q'), ImportError),
                 (lambda: importlib.import_module('...x', 'a.b'), ImportError), (lambda: importlib.import_module(''), ValueError),
                 (lambda: importlib.import_module('imports.pkg.nope'), ImportError), (lambda: importlib.reload(types.ModuleType('loose')), ImportError)]:
    try:
        bad()
    except exc as e:
        print(type(e).__name__, e)
print(importlib.util.find_spec('no_such_mod_q'), importlib.util.find_spec('imports.pkg.nope'), importlib.util.resolve_name('.x', 'a.b'))
s = importlib.util.find_spec('imports.stars')
print(s.name, s.origin.endswith('stars.py'), 'imports.stars' in sys.modules, s.loader.is_package('imports.stars'))
s = importlib.util.find_spec('json')
print(s.name, s.submodule_search_locations is not None, importlib.util.find_spec('json.decoder').parent)
h = importlib.import_module('imports.helper')
h.VALUE = 0
h.extra = 'kept'
h2 = importlib.reload(h)
print(h2 is h, h.VALUE, h.extra, h.greet('x'))
tw = importlib.import_module('textwrap')
print(importlib.reload(tw) is tw, importlib.invalidate_caches())
dyn = types.ModuleType('dynmod', 'doc for dynmod')
print(dyn, dyn.__name__, dyn.__doc__, dyn.__spec__, dyn.__package__, sorted(k for k in vars(dyn) if k.startswith('__')))
exec('def hello():\n    return "hi from " + __name__\nX = 5', dyn.__dict__)
print(dyn.hello(), dyn.X, 'hello' in dyn.__dict__)
spec = importlib.util.spec_from_file_location('from_file', core.__file__)
mod = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mod)
print(mod.__name__, mod.double(21), mod.__file__ == core.__file__, 'from_file' in sys.modules)
print(importlib.machinery.SOURCE_SUFFIXES, importlib.__name__, importlib.util.__name__)
