"""weakref for Pyrite.

Written for Pyrite (not CPython's source).  `ref(o)` is weak: the
collector (arena_gc.rs) does not trace a ReferenceType's `_obj`, sets it
to None when the object is collected, and queues the ref on `_pending`
if it has a callback; the callbacks run right after that collection
(gc.collect() or an automatic one).  Pyrite has no reference counts, so
an object without cycles dies at the next collection, not at once.
`proxy` still holds its object strongly; WeakValueDictionary,
WeakKeyDictionary and WeakSet hold weak references whose callbacks drop
the entry.
"""

import gc as _gc

_pending = []
_NOT_WEAKREFERENCEABLE = (int, float, complex, bool, str, bytes, bytearray, tuple, list, dict, type(None))


class ReferenceType:
    __slots__ = ('_obj', '_callback', '_hash')

    def __init__(self, obj, callback=None):
        if type(obj) in _NOT_WEAKREFERENCEABLE:
            raise TypeError("cannot create weak reference to '%s' object" % type(obj).__name__)
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


class _KeyedRef(ReferenceType):
    """A weak reference that remembers the key of its entry."""
    __slots__ = ('key',)

    def __init__(self, obj, callback, key):
        ReferenceType.__init__(self, obj, callback)
        self.key = key


class WeakValueDictionary:
    """A mapping whose values are held weakly: an entry goes away when
    its value is collected."""

    def __init__(self, other=(), /, **kwargs):
        self.data = {}
        self.update(other, **kwargs)

    def _remove(self, wr):
        if self.data.get(wr.key) is wr:
            del self.data[wr.key]

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __setitem__(self, key, value):
        self.data[key] = _KeyedRef(value, self._remove, key)

    def __delitem__(self, key):
        del self.data[key]

    def __contains__(self, key):
        wr = self.data.get(key)
        return wr is not None and wr() is not None

    def __len__(self):
        return len([k for k, wr in self.data.items() if wr() is not None])

    def __iter__(self):
        return iter([k for k, wr in list(self.data.items()) if wr() is not None])

    def __repr__(self):
        return '<WeakValueDictionary at %#x>' % id(self)

    def get(self, key, default=None):
        wr = self.data.get(key)
        if wr is None:
            return default
        o = wr()
        return default if o is None else o

    def keys(self):
        return list(iter(self))

    def values(self):
        return [o for o in (wr() for wr in list(self.data.values())) if o is not None]

    def items(self):
        out = []
        for k, wr in list(self.data.items()):
            o = wr()
            if o is not None:
                out.append((k, o))
        return out

    def valuerefs(self):
        return list(self.data.values())

    def pop(self, key, *default):
        try:
            o = self.data.pop(key)()
        except KeyError:
            if default:
                return default[0]
            raise
        if o is None:
            if default:
                return default[0]
            raise KeyError(key)
        return o

    def setdefault(self, key, default=None):
        o = self.get(key)
        if o is None:
            self[key] = default
            return default
        return o

    def update(self, other=(), /, **kwargs):
        if hasattr(other, 'items'):
            other = other.items()
        for k, v in other:
            self[k] = v
        for k, v in kwargs.items():
            self[k] = v

    def copy(self):
        return WeakValueDictionary(self.items())

    def clear(self):
        self.data.clear()


class WeakKeyDictionary:
    """A mapping whose keys are held weakly: an entry goes away when its
    key is collected."""

    def __init__(self, other=None):
        self.data = {}
        if other is not None:
            self.update(other)

    def _remove(self, wr):
        try:
            del self.data[wr]
        except KeyError:
            pass

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def __len__(self):
        return len([wr for wr in self.data if wr() is not None])

    def __iter__(self):
        return iter([o for o in (wr() for wr in list(self.data)) if o is not None])

    def __repr__(self):
        return '<WeakKeyDictionary at %#x>' % id(self)

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def keys(self):
        return list(iter(self))

    def values(self):
        return [v for wr, v in list(self.data.items()) if wr() is not None]

    def items(self):
        out = []
        for wr, v in list(self.data.items()):
            o = wr()
            if o is not None:
                out.append((o, v))
        return out

    def keyrefs(self):
        return list(self.data)

    def pop(self, key, *default):
        return self.data.pop(ref(key), *default)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, other=(), /, **kwargs):
        if hasattr(other, 'items'):
            other = other.items()
        for k, v in other:
            self[k] = v
        for k, v in kwargs.items():
            self[k] = v

    def copy(self):
        return WeakKeyDictionary(self.items())

    def clear(self):
        self.data.clear()


class WeakSet:
    """A set whose members are held weakly."""

    def __init__(self, data=None):
        self.data = set()
        if data is not None:
            for x in data:
                self.add(x)

    def _remove(self, wr):
        self.data.discard(wr)

    def add(self, item):
        self.data.add(ref(item, self._remove))

    def discard(self, item):
        self.data.discard(ref(item))

    def remove(self, item):
        self.data.remove(ref(item))

    def pop(self):
        while True:
            o = self.data.pop()()
            if o is not None:
                return o

    def clear(self):
        self.data.clear()

    def copy(self):
        return WeakSet(self)

    def update(self, other):
        for x in other:
            self.add(x)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __iter__(self):
        return iter([o for o in (wr() for wr in list(self.data)) if o is not None])

    def __len__(self):
        return len([wr for wr in self.data if wr() is not None])

    def __repr__(self):
        return '{}({!r})'.format(type(self).__name__, list(self))

    def union(self, other):
        s = WeakSet(self)
        s.update(other)
        return s

    __or__ = union

    def intersection(self, other):
        return WeakSet([x for x in self if x in other])

    __and__ = intersection

    def difference(self, other):
        return WeakSet([x for x in self if x not in other])

    __sub__ = difference

    def issubset(self, other):
        return all(x in other for x in self)

    def __eq__(self, other):
        if not isinstance(other, WeakSet):
            return NotImplemented
        return set(self) == set(other)


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
