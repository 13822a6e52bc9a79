"""importlib.machinery for Pyrite: module specs and the loader classes.

Written for Pyrite (not CPython's source).  Specs describe where a module
comes from (built-in, frozen, a source file or a namespace directory); the
loaders can run a source file into a module (exec_module) but built-in and
frozen modules are created only by the interpreter's own import.
"""

import sys

__all__ = ['ModuleSpec', 'BuiltinImporter', 'FrozenImporter', 'SourceFileLoader', 'SOURCE_SUFFIXES',
           'EXTENSION_SUFFIXES', 'BYTECODE_SUFFIXES', 'all_suffixes']

SOURCE_SUFFIXES = ['.py']
BYTECODE_SUFFIXES = ['.pyc']
EXTENSION_SUFFIXES = []

# The modules the interpreter itself provides (built-in ones).
_BUILTIN = frozenset(['sys', 'builtins', 'math', 'os', 'posixpath', 'time', 'gc', 'errno', 'io', '_io',
                      '_heapq', '_struct', 'binascii', '_random', '_pyrite'])


def all_suffixes():
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES


class ModuleSpec:
    """What the import system knows about a module: its name, loader,
    origin and, for packages, where its submodules are."""

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self._set_fileattr = False
        self.cached = None

    def __repr__(self):
        args = ['name={!r}'.format(self.name), 'loader={!r}'.format(self.loader)]
        if self.origin is not None:
            args.append('origin={!r}'.format(self.origin))
        if self.submodule_search_locations is not None:
            args.append('submodule_search_locations={}'.format(self.submodule_search_locations))
        return '{}({})'.format(self.__class__.__name__, ', '.join(args))

    def __eq__(self, other):
        if not isinstance(other, ModuleSpec):
            return NotImplemented
        return (self.name == other.name and self.loader == other.loader and self.origin == other.origin
                and self.submodule_search_locations == other.submodule_search_locations
                and self.cached == other.cached and self.has_location == other.has_location)

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr


class BuiltinImporter:
    """Finds the interpreter's built-in modules."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if path is None and fullname in _BUILTIN:
            return ModuleSpec(fullname, cls, origin='built-in')
        return None

    @staticmethod
    def create_module(spec):
        return __import__(spec.name)

    @staticmethod
    def exec_module(module):
        pass


BuiltinImporter.__module__ = '_frozen_importlib'


class FrozenImporter:
    """Finds the library modules compiled into the interpreter."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        import _pyrite
        kind = _pyrite.frozen_kind(fullname)
        if kind is None:
            return None
        spec = ModuleSpec(fullname, cls, origin='frozen', is_package=kind)
        if kind:
            spec.submodule_search_locations = ['<frozen %s>' % fullname]
        return spec

    @staticmethod
    def create_module(spec):
        return __import__(spec.name, fromlist=['*'])

    @staticmethod
    def exec_module(module):
        pass


FrozenImporter.__module__ = '_frozen_importlib'


class SourceFileLoader:
    """Loads a module from a Python source file."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return self.__class__ == other.__class__ and self.__dict__ == other.__dict__

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def get_filename(self, name=None):
        return self.path

    def get_data(self, path):
        with open(path, 'rb') as f:
            return f.read()

    def get_source(self, fullname=None):
        with open(self.path, encoding='utf-8') as f:
            return f.read()

    def is_package(self, fullname):
        return self.path.rpartition('/')[2] == '__init__.py'

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        code = compile(self.get_source(), self.path, 'exec')
        exec(code, module.__dict__)


SourceFileLoader.__module__ = '_frozen_importlib_external'


class NamespaceLoader:
    def __init__(self, name, path):
        self.name = name
        self._path = path

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        pass


NamespaceLoader.__module__ = '_frozen_importlib_external'


def _source_spec(fullname, path, package_dir=None):
    spec = ModuleSpec(fullname, SourceFileLoader(fullname, path), origin=path)
    spec._set_fileattr = True
    if package_dir is not None:
        spec.submodule_search_locations = [package_dir]
    return spec


class PathFinder:
    """Finds modules as source files and packages on sys.path (or a
    package's __path__)."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        import os
        last = fullname.rpartition('.')[2]
        namespace = []
        for d in (sys.path if path is None else path):
            if not isinstance(d, str):
                continue
            base = os.path.join(d, last) if d else last
            init = os.path.join(base, '__init__.py')
            if os.path.isfile(init):
                return _source_spec(fullname, init, base)
            if os.path.isfile(base + '.py'):
                return _source_spec(fullname, base + '.py')
            if os.path.isdir(base):
                namespace.append(base)
        if namespace:
            spec = ModuleSpec(fullname, NamespaceLoader(fullname, namespace), is_package=True)
            spec.submodule_search_locations = namespace
            return spec
        return None


def _find_spec(fullname, path):
    for finder in (BuiltinImporter, FrozenImporter, PathFinder):
        spec = finder.find_spec(fullname, path)
        if spec is not None:
            return spec
    return None


def _spec_for_module(module):
    """(spec, loader) of an imported module without them (see os_fd.rs)."""
    name = module.__name__
    if name == '__main__':
        return None, None
    file = getattr(module, '__file__', None)
    if isinstance(file, str):
        path = getattr(module, '__path__', None)
        spec = _source_spec(name, file, path[0] if path else None)
    else:
        spec = _find_spec(name, None if '.' not in name else [])
        if spec is None or spec.loader is PathFinder:
            return None, None
    return spec, spec.loader
