"""importlib for Pyrite: the import system's Python interface.

Written for Pyrite (not CPython's source).  The import machinery itself is
the interpreter's (built-in, then frozen, then sys.path); this package
exposes it: import_module, reload, invalidate_caches, and in the
submodules importlib.util (find_spec, resolve_name, module_from_spec,
spec_from_file_location) and importlib.machinery (ModuleSpec and the
loader classes).  reload() re-runs a source module's file in the module;
built-in and frozen modules are returned unchanged (their code is not
run twice).
"""

import sys

__all__ = ['__import__', 'import_module', 'invalidate_caches', 'reload']


def invalidate_caches():
    """Nothing to do: Pyrite's finders keep no caches."""


def _resolve_name(name, package, level):
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return '{}.{}'.format(base, name) if name else base


def import_module(name, package=None):
    """Imports a module; a relative name ('.x') is resolved against package."""
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative "
                            "import for {!r}".format(name))
        for character in name:
            if character != '.':
                break
            level += 1
    if not isinstance(name, str):
        raise TypeError('module name must be str, not {}'.format(type(name)))
    if level:
        if not isinstance(package, str):
            raise TypeError('__package__ not set to a string')
        name = _resolve_name(name[level:], package, level)
    if not name:
        raise ValueError('Empty module name')
    __import__(name)
    return sys.modules[name]


def reload(module):
    """Re-runs the source of an imported module in the module itself;
    returns the module."""
    try:
        name = module.__spec__.name
    except AttributeError:
        try:
            name = module.__name__
        except AttributeError:
            raise TypeError("reload() argument must be a module")
    if sys.modules.get(name) is not module:
        e = ImportError(f"module {name} not in sys.modules")
        e.name = name
        raise e
    path = getattr(module, '__file__', None)
    if isinstance(path, str) and path.endswith('.py'):
        with open(path, encoding='utf-8') as f:
            source = f.read()
        exec(compile(source, path, 'exec'), module.__dict__)
    return sys.modules[name]
