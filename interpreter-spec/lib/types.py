"""types for Pyrite: names for built-in types, SimpleNamespace.

Written for Pyrite (not CPython's source).
"""

import sys as _sys


def _f():
    pass


def _g():
    yield 1


class _C:
    def _m(self):
        pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
GeneratorType = type(_g())
MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(_sys)
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)


async def _co():
    pass


_c = _co()
CoroutineType = type(_c)
_c.close()
del _c


async def _ag():
    yield


AsyncGeneratorType = type(_ag())


class _GenCoroutine:
    # What a @types.coroutine generator function returns: awaitable.
    def __init__(self, gen):
        self._gen = gen

    def __await__(self):
        return self._gen

    def send(self, v):
        return self._gen.send(v)

    def throw(self, *a):
        return self._gen.throw(*a)

    def close(self):
        return self._gen.close()


def coroutine(func):
    def wrapper(*args, **kwargs):
        r = func(*args, **kwargs)
        if isinstance(r, GeneratorType):
            return _GenCoroutine(r)
        return r
    wrapper.__name__ = getattr(func, '__name__', 'coroutine')
    wrapper.__qualname__ = getattr(func, '__qualname__', 'coroutine')
    return wrapper


class member_descriptor:
    """What a name in a class's __slots__ becomes on the class (the value
    itself lives in the instance; this only answers a miss)."""
    __module__ = "builtins"

    def __init__(self, name, owner):
        self.__name__ = name
        self.__qualname__ = owner.__qualname__ + "." + name
        self.__objclass__ = owner
        self._reading = False

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        if not self._reading:
            # Called directly (`C.x.__get__(obj)`): the instance's slot, which the
            # VM reads before it asks this descriptor; a miss comes back here.
            self._reading = True
            try:
                return object.__getattribute__(obj, self.__name__)
            finally:
                self._reading = False
        raise AttributeError(f"'{type(obj).__name__}' object has no attribute '{self.__name__}'")

    def __repr__(self):
        return f"<member '{self.__name__}' of '{self.__objclass__.__name__}' objects>"


MemberDescriptorType = member_descriptor


class SimpleNamespace:
    """A simple attribute-based namespace."""

    def __init__(self, mapping_or_iterable=(), /, **kwargs):
        for k, v in dict(mapping_or_iterable).items():
            setattr(self, k, v)
        for k, v in kwargs.items():
            setattr(self, k, v)

    def __repr__(self):
        items = ['%s=%r' % (k, v) for k, v in vars(self).items()]
        return 'namespace(%s)' % ', '.join(items)

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return vars(self) == vars(other)
        return NotImplemented


def new_class(name, bases=(), kwds=None, exec_body=None):
    ns = {}
    if exec_body is not None:
        exec_body(ns)
    return type(name, tuple(bases), ns)


class MappingProxyType:
    """A read-only view of a mapping."""

    def __init__(self, mapping):
        self._m = mapping

    def __getitem__(self, key):
        return self._m[key]

    def __setitem__(self, key, value):
        raise TypeError("'mappingproxy' object does not support item assignment")

    def __delitem__(self, key):
        raise TypeError("'mappingproxy' object does not support item deletion")

    def __iter__(self):
        return iter(self._m)

    def __len__(self):
        return len(self._m)

    def __contains__(self, key):
        return key in self._m

    def __eq__(self, other):
        return self._m == other

    def get(self, key, default=None):
        return self._m.get(key, default)

    def keys(self):
        return self._m.keys()

    def values(self):
        return self._m.values()

    def items(self):
        return self._m.items()

    def copy(self):
        return self._m.copy()

    def __or__(self, other):
        return dict(self._m) | dict(other)

    def __repr__(self):
        return 'mappingproxy(%r)' % (self._m,)


MappingProxyType.__name__ = MappingProxyType.__qualname__ = 'mappingproxy'
