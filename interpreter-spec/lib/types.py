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
