"""weakref for Pyrite.

Written for Pyrite (not CPython's source).  Invariant: Pyrite has no
reference counts, so a reference here keeps its object alive: `ref(o)()`
is `o` for as long as the ref exists, callbacks never run, and the weak
containers behave as ordinary ones.
"""


class ReferenceType:
    __slots__ = ('_obj', '_callback')

    def __init__(self, obj, callback=None):
        self._obj = obj
        self._callback = callback

    def __call__(self):
        return self._obj

    def __eq__(self, other):
        if isinstance(other, ReferenceType):
            return self._obj is other._obj or self._obj == other._obj
        return NotImplemented

    def __hash__(self):
        return hash(self._obj)

    def __repr__(self):
        o = self._obj
        return '<weakref at %#x; to %r at %#x>' % (id(self), type(o).__name__, id(o))


ref = ReferenceType


def proxy(obj, callback=None):
    return obj


def getweakrefcount(obj):
    return 0


def getweakrefs(obj):
    return []


class WeakMethod(ReferenceType):
    def __init__(self, meth, callback=None):
        ReferenceType.__init__(self, meth, callback)


class WeakValueDictionary(dict):
    def valuerefs(self):
        return [ref(v) for v in self.values()]


class WeakKeyDictionary(dict):
    def keyrefs(self):
        return [ref(k) for k in self.keys()]


class WeakSet(set):
    pass


class finalize:
    def __init__(self, obj, func, *args, **kwargs):
        self._func = func
        self._args = args
        self._kwargs = kwargs
        self.alive = True
        self.atexit = True

    def __call__(self, _=None):
        if self.alive:
            self.alive = False
            return self._func(*self._args, **self._kwargs)

    def detach(self):
        if self.alive:
            self.alive = False
            return (None, self._func, self._args, self._kwargs)

    def peek(self):
        if self.alive:
            return (None, self._func, self._args, self._kwargs)
