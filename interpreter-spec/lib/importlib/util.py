"""importlib.util for Pyrite: finding module specs and making modules
from them.  Written for Pyrite (not CPython's source)."""

import sys
from importlib import _resolve_name
from importlib.machinery import ModuleSpec, SourceFileLoader, _find_spec, _source_spec

__all__ = ['find_spec', 'resolve_name', 'module_from_spec', 'spec_from_file_location', 'spec_from_loader']


def resolve_name(name, package):
    """Resolves a relative module name ('.x') to an absolute one."""
    if not name.startswith('.'):
        return name
    elif not package:
        raise ImportError(f'no package specified for {repr(name)} (required for relative module names)')
    level = 0
    for character in name:
        if character != '.':
            break
        level += 1
    return _resolve_name(name[level:], package, level)


def find_spec(name, package=None):
    """The spec of a module: sys.modules[name].__spec__ if it is imported,
    else where an import would find it (importing its parent package), or
    None if nowhere."""
    fullname = resolve_name(name, package) if name.startswith('.') else name
    if fullname in sys.modules:
        module = sys.modules[fullname]
        if module is None:
            return None
        try:
            spec = module.__spec__
        except AttributeError:
            raise ValueError('{}.__spec__ is not set'.format(name)) from None
        if spec is None:
            raise ValueError('{}.__spec__ is None'.format(name))
        return spec
    parent_name = fullname.rpartition('.')[0]
    if parent_name:
        parent = __import__(parent_name, fromlist=['__path__'])
        try:
            parent_path = parent.__path__
        except AttributeError as e:
            err = ModuleNotFoundError(f"__path__ attribute not found on {parent_name!r} "
                                      f"while trying to find {fullname!r}")
            err.name = fullname
            raise err from e
    else:
        parent_path = None
    return _find_spec(fullname, parent_path)


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    return ModuleSpec(name, loader, origin=origin, is_package=is_package)


def spec_from_file_location(name, location=None, *, loader=None, submodule_search_locations=None):
    """A spec for the source file at location."""
    import os
    location = os.fspath(location)
    if loader is None:
        loader = SourceFileLoader(name, location)
    spec = ModuleSpec(name, loader, origin=location)
    spec._set_fileattr = True
    if submodule_search_locations is not None:
        spec.submodule_search_locations = list(submodule_search_locations)
    return spec


def module_from_spec(spec):
    """A new module for spec, with its import attributes set (the loader's
    exec_module runs its code)."""
    import types
    module = None
    if hasattr(spec.loader, 'create_module'):
        module = spec.loader.create_module(spec)
    if module is None:
        module = types.ModuleType(spec.name)
        module.__spec__ = spec
        module.__loader__ = spec.loader
        module.__package__ = spec.parent
        if spec.submodule_search_locations is not None:
            module.__path__ = spec.submodule_search_locations
        if spec.has_location:
            module.__file__ = spec.origin
    return module
