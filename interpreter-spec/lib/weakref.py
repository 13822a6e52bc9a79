"""weakref for Pyrite.

Written for Pyrite (not CPython's source).  `ref(o)` is weak: the
collector (arena_gc.rs) does not trace a ReferenceType's `_obj`, sets it
to None when the object is collected, and queues the ref on `_pending`
if it has a callback; the callbacks run right after that collection
(gc.collect() or an automatic one).  Pyrite has no reference counts, so
an object without cycles dies at the next collection, not at once.
`proxy` and the weak containers still hold their objects strongly.
"""

import gc as _gc

_pending = []


class ReferenceType:
    __slots__ = ('_obj', '_callback', '_hash')

    def __init__(self, obj, callback=None):
        self._obj = obj
        self._callback = callback
        self._hash = None

    def __call__(self):
        return self._obj

    def __eq__(self, other):
        if isinstance(other, ReferenceType):
            a = self._obj
            b = other._obj
            if a is None or b is None:
                return self is other
            return a is b or a == b
        return NotImplemented

    def __hash__(self):
        if self._hash is None:
            if self._obj is None:
                raise TypeError('weak object has gone away')
            self._hash = hash(self._obj)
        return self._hash

    def __repr__(self):
        o = self._obj
        if o is None:
            return '<weakref at %#x; dead>' % id(self)
        return '<weakref at %#x; to %r at %#x>' % (id(self), type(o).__name__, id(o))


ref = ReferenceType
_gc._pyrite_weakref(ReferenceType, _pending)


def proxy(obj, callback=None):
    return obj


def getweakrefcount(obj):
    return 0


def getweakrefs(obj):
    return []


class WeakMethod(ReferenceType):
    """A weak reference to a bound method: weak to its object, strong to
    its function."""

    def __init__(self, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}".format(type(meth))) from None
        ReferenceType.__init__(self, obj, callback)
        self._func_ref = func
        self._name = func.__name__

    def __call__(self):
        obj = self._obj
        if obj is None:
            return None
        # Pyrite cannot build a method object: the attribute is bound again.
        return getattr(obj, self._name)


class WeakValueDictionary(dict):
    def valuerefs(self):
        return [ref(v) for v in self.values()]


class WeakKeyDictionary(dict):
    def keyrefs(self):
        return [ref(k) for k in self.keys()]


class WeakSet(set):
    pass


class finalize:
    """Calls func(*args, **kwargs) when obj is collected (through a weak
    reference whose callback is this object), or when called first."""

    _registry = {}

    def __init__(self, obj, func, /, *args, **kwargs):
        self._func = func
        self._args = args
        self._kwargs = kwargs
        self.atexit = True
        self._ref = ref(obj, self)
        finalize._registry[id(self)] = self

    @property
    def alive(self):
        return id(self) in finalize._registry

    def __call__(self, _=None):
        if finalize._registry.pop(id(self), None) is not None:
            return self._func(*self._args, **self._kwargs)

    def detach(self):
        obj = self._ref()
        if obj is not None and finalize._registry.pop(id(self), None) is not None:
            return (obj, self._func, self._args, self._kwargs)

    def peek(self):
        obj = self._ref()
        if obj is not None and id(self) in finalize._registry:
            return (obj, self._func, self._args, self._kwargs)
