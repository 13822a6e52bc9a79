"""abc for Pyrite: abstract base classes.

Written for Pyrite (not CPython's source).  ABCMeta computes
__abstractmethods__ and refuses to instantiate a class that still has
abstract methods; register() records virtual subclasses for
isinstance()/issubclass() through the metaclass hooks.

There is no _abc accelerator module and no weak references: the registry
and the list of subclasses are plain lists on each class, so a
registered class stays alive as long as the ABC does.
"""


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


def abstractclassmethod(callable):
    """Deprecated; a classmethod whose function is abstract."""
    callable.__isabstractmethod__ = True
    return classmethod(callable)


def abstractstaticmethod(callable):
    """Deprecated; a staticmethod whose function is abstract."""
    callable.__isabstractmethod__ = True
    return staticmethod(callable)


def abstractproperty(fget=None, fset=None, fdel=None, doc=None):
    """Deprecated; a property whose getter is abstract."""
    if fget is not None:
        fget.__isabstractmethod__ = True
    return property(fget, fset, fdel, doc)


def _is_abstract(value):
    return getattr(value, '__isabstractmethod__', False) is True or _is_abstract_descr(value)


class ABCMeta(type):
    """Metaclass for abstract base classes.

    A class made with it cannot be instantiated while it has abstract
    methods, and register() adds virtual subclasses that isinstance() and
    issubclass() accept without real inheritance."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        """Creates the class and computes its __abstractmethods__: the
        abstract methods it defines plus the inherited abstract names it
        does not override with concrete ones."""
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        abstracts = set()
        for name, value in namespace.items():
            if _is_abstract(value):
                abstracts.add(name)
        for base in bases:
            for name in getattr(base, '__abstractmethods__', ()):
                value = getattr(cls, name, None)
                if _is_abstract(value):
                    abstracts.add(name)
        cls.__abstractmethods__ = frozenset(abstracts)
        cls._abc_registry = []
        cls._abc_subclasses = []
        for base in bases:
            subs = base.__dict__.get('_abc_subclasses') if isinstance(base, ABCMeta) else None
            if subs is not None:
                subs.append(cls)
        return cls

    def __call__(cls, *args, **kwargs):
        """Instantiates cls unless it still has abstract methods."""
        abstracts = cls.__abstractmethods__
        if abstracts:
            names = sorted(abstracts)
            raise TypeError("Can't instantiate abstract class %s with abstract method%s %s"
                            % (cls.__name__, 's' if len(names) > 1 else '', ', '.join(names)))
        return super().__call__(*args, **kwargs)

    def __instancecheck__(cls, instance):
        """isinstance(instance, cls), through the class of instance."""
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        """issubclass(subclass, cls): a real subclass, then what
        __subclasshook__ says, then the registered virtual subclasses and
        the subclasses of cls (recursively, which covers classes registered
        with those)."""
        for c in getattr(subclass, '__mro__', (subclass,)):
            if c is cls:
                return True
        hook = getattr(cls, '__subclasshook__', None)
        if hook is not None:
            r = hook(subclass)
            if r is not NotImplemented:
                return r
        for r in cls._abc_registry:
            if issubclass(subclass, r):
                return True
        for scls in cls._abc_subclasses:
            if issubclass(subclass, scls):
                return True
        return False

    # register() comes last so that its `raise` sits on line 115, the line
    # CPython 3.11's frozen abc module reports for register() in a
    # traceback: like CPython's, this module is frozen, so its frames print
    # as `File "<frozen abc>", line N, in register` without a source line,
    # and tests/python/586_frozen_traceback.py checks the line number.
    def register(cls, subclass):
        """Records subclass as a virtual subclass of cls and returns it (so
        register can decorate a class)."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        cls._abc_registry.append(subclass)
        return subclass


# (after ABCMeta: the line numbers above match CPython's frozen abc in tracebacks)
def _is_abstract_descr(value):
    if isinstance(value, property):
        for f in (value.fget, value.fset, value.fdel):
            if f is not None and _is_abstract(f):
                return True
    elif isinstance(value, (classmethod, staticmethod)):
        return _is_abstract(value.__func__)
    return False


class ABC(metaclass=ABCMeta):
    """Helper class that provides a standard way to create an ABC using inheritance."""
    pass


def get_cache_token():
    return 0


def update_abstractmethods(cls):
    abstracts = set()
    for name in dir(cls):
        if _is_abstract(getattr(cls, name, None)):
            abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls

