"""BaseExceptionGroup and ExceptionGroup (PEP 654), and the helpers the
compiled code of `except*` calls (through Op::ExcStar).  The builtins
resolve these names by importing this module the first time they are used
(Vm::lazy_builtin); the classes say they live in builtins, as CPython's."""
import _pyrite


def _seq(exceptions):
    try:
        n = len(exceptions)
        exceptions[0:0]
    except Exception:
        return None
    return n


class BaseExceptionGroup(BaseException):
    def __new__(cls, *args, **kwargs):
        if kwargs:
            raise TypeError(cls.__name__ + "() takes no keyword arguments")
        if len(args) != 2:
            raise TypeError("BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)" % len(args))
        message, exceptions = args
        if not isinstance(message, str):
            raise TypeError("BaseExceptionGroup.__new__() argument 1 must be str, not " + type(message).__name__)
        if isinstance(exceptions, (str, bytes, set, frozenset, dict)) or _seq(exceptions) is None:
            raise TypeError("second argument (exceptions) must be a sequence")
        excs = tuple(exceptions)
        if not excs:
            raise ValueError("second argument (exceptions) must be a non-empty sequence")
        nested_base = False
        for i, e in enumerate(excs):
            if not isinstance(e, BaseException):
                raise ValueError("Item %d of second argument (exceptions) is not an exception" % i)
            if not isinstance(e, Exception):
                nested_base = True
        if cls is BaseExceptionGroup:
            if not nested_base:
                cls = ExceptionGroup
        elif issubclass(cls, Exception) and nested_base:
            if cls is ExceptionGroup:
                raise TypeError("Cannot nest BaseExceptions in an ExceptionGroup")
            raise TypeError("Cannot nest BaseExceptions in '%s'" % cls.__name__)
        self = BaseException.__new__(cls, message, exceptions)
        self._pyrite_eg = (message, excs)
        return self

    def __init__(self, *args, **kwargs):
        pass

    @property
    def message(self):
        return self._pyrite_eg[0]

    @property
    def exceptions(self):
        return self._pyrite_eg[1]

    def __str__(self):
        n = len(self._pyrite_eg[1])
        return "%s (%d sub-exception%s)" % (self._pyrite_eg[0], n, "s" if n > 1 else "")

    def derive(self, excs):
        return BaseExceptionGroup(self.message, excs)

    def _derive_meta(self, excs):
        eg = self.derive(excs)
        if not isinstance(eg, BaseException):
            raise TypeError("derive must return an instance of BaseExceptionGroup")
        _pyrite.copy_exc_meta(self, eg)
        notes = getattr(self, "__notes__", None)
        if notes is not None:
            eg.__notes__ = list(notes) if isinstance(notes, (list, tuple)) else notes
        return eg

    def subgroup(self, condition):
        return _split(self, _matcher(condition), False)[0]

    def split(self, condition):
        return _split(self, _matcher(condition), True)



BaseExceptionGroup.__module__ = "builtins"


class ExceptionGroup(BaseExceptionGroup, Exception):
    pass


ExceptionGroup.__module__ = "builtins"


def _matcher(condition):
    if isinstance(condition, type) and issubclass(condition, BaseException):
        return (0, condition)
    if isinstance(condition, tuple):
        for c in condition:
            if not (isinstance(c, type) and issubclass(c, BaseException)):
                break
        else:
            return (0, condition)
    elif callable(condition) and not isinstance(condition, type):
        return (1, condition)
    raise TypeError("expected a function, exception type or tuple of exception types")


def _matches(exc, m):
    if m[0] == 0:
        return isinstance(exc, m[1])
    return bool(m[1](exc))


def _split(exc, m, rest):
    if _matches(exc, m):
        return (exc, None)
    if not isinstance(exc, BaseExceptionGroup):
        return (None, exc if rest else None)
    ms = []
    rs = []
    for e in exc.exceptions:
        a, b = _split(e, m, rest)
        if a is not None:
            ms.append(a)
        if b is not None:
            rs.append(b)
    mg = exc._derive_meta(ms) if ms else None
    rg = exc._derive_meta(rs) if rs else None
    return (mg, rg)


# except* support.  The state of one try statement is a list
# [original exception, rest still unmatched, exceptions raised by handlers].

def _start(exc):
    return [exc, exc, []]


def _match(st, typ):
    if isinstance(typ, tuple):
        types = typ
    else:
        types = (typ,)
    for t in types:
        if not (isinstance(t, type) and issubclass(t, BaseException)):
            raise TypeError("catching classes that do not inherit from BaseException is not allowed")
        if issubclass(t, BaseExceptionGroup):
            raise TypeError("catching ExceptionGroup with except* is not allowed. Use except instead.")
    rest = st[1]
    if rest is None:
        return None
    if not isinstance(rest, BaseExceptionGroup):
        if isinstance(rest, typ):
            wrapped = BaseExceptionGroup("", (rest,))
            _pyrite.copy_exc_meta(rest, wrapped)
            st[1] = None
            return wrapped
        return None
    match, st[1] = rest.split(typ)
    return match


def _raised(st, exc):
    st[2].append(exc)


def _leaves(exc, out):
    if isinstance(exc, BaseExceptionGroup):
        for e in exc.exceptions:
            _leaves(e, out)
    else:
        out.append(exc)


def _finish(st):
    orig = st[0]
    excs = st[2]
    if st[1] is not None:
        excs.append(st[1])
    if not excs:
        return None
    if not isinstance(orig, BaseExceptionGroup):
        return excs[0]
    raised = []
    leaves = []
    for e in excs:
        if _pyrite.same_exc_meta(e, orig):
            _leaves(e, leaves)
        else:
            raised.append(e)
    kept = None
    if leaves:
        kept = _split(orig, (1, lambda e: _is_in(e, leaves)), False)[0]
    if not raised:
        return kept
    if kept is not None:
        raised.append(kept)
    return BaseExceptionGroup("", raised)


def _is_in(e, leaves):
    for x in leaves:
        if x is e:
            return True
    return False
