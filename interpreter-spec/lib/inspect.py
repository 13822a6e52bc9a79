"""inspect for Pyrite: type predicates, signature(), getmembers() and a
few helpers.

Written for Pyrite (not CPython's source).  Invariant: everything is
derived from `__code__` (co_varnames, counts, co_flags), `__defaults__`,
`__kwdefaults__` and `__annotations__`; builtins have no signature.
"""

import types as _types
import sys as _sys

CO_VARARGS = 4
CO_VARKEYWORDS = 8
CO_GENERATOR = 32
CO_COROUTINE = 128
CO_ASYNC_GENERATOR = 512


def _flags(obj):
    while hasattr(obj, '__func__'):
        obj = obj.__func__
    try:
        return obj.__code__.co_flags
    except AttributeError:
        return 0


def isclass(obj):
    return isinstance(obj, type)


def isfunction(obj):
    return isinstance(obj, _types.FunctionType)


def ismethod(obj):
    return isinstance(obj, _types.MethodType)


def ismodule(obj):
    return isinstance(obj, _types.ModuleType)


def isbuiltin(obj):
    return isinstance(obj, _types.BuiltinFunctionType)


def isroutine(obj):
    return isfunction(obj) or ismethod(obj) or isbuiltin(obj)


def isgeneratorfunction(obj):
    return bool(_flags(obj) & CO_GENERATOR)


def iscoroutinefunction(obj):
    return bool(_flags(obj) & CO_COROUTINE)


def isasyncgenfunction(obj):
    return bool(_flags(obj) & CO_ASYNC_GENERATOR)


def isgenerator(obj):
    return isinstance(obj, _types.GeneratorType)


def iscoroutine(obj):
    return isinstance(obj, _types.CoroutineType)


def isasyncgen(obj):
    return isinstance(obj, _types.AsyncGeneratorType)


def isawaitable(obj):
    return iscoroutine(obj) or hasattr(type(obj), '__await__')


def isabstract(obj):
    return bool(getattr(obj, '__abstractmethods__', False))


def getmembers(obj, predicate=None):
    out = []
    for name in dir(obj):
        try:
            value = getattr(obj, name)
        except AttributeError:
            continue
        if predicate is None or predicate(value):
            out.append((name, value))
    out.sort(key=lambda p: p[0])
    return out


def getmodule(obj):
    return _sys.modules.get(getattr(obj, '__module__', None))


def getdoc(obj):
    doc = getattr(obj, '__doc__', None)
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def cleandoc(doc):
    lines = doc.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin is not None:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


class _empty:
    pass


class _ParameterKind:
    def __init__(self, value, name, description):
        self.value = value
        self.name = name
        self.description = description

    def __str__(self):
        return self.name

    def __repr__(self):
        return '<_ParameterKind.%s: %d>' % (self.name, self.value)

    def __int__(self):
        return self.value

    def __index__(self):
        return self.value

    def __hash__(self):
        return self.value

    def __eq__(self, other):
        if isinstance(other, _ParameterKind):
            return self.value == other.value
        return self.value == other

    def __lt__(self, other):
        return self.value < int(other)

    def __le__(self, other):
        return self.value <= int(other)

    def __gt__(self, other):
        return self.value > int(other)

    def __ge__(self, other):
        return self.value >= int(other)


class Parameter:
    POSITIONAL_ONLY = _ParameterKind(0, 'POSITIONAL_ONLY', 'positional-only')
    POSITIONAL_OR_KEYWORD = _ParameterKind(1, 'POSITIONAL_OR_KEYWORD', 'positional or keyword')
    VAR_POSITIONAL = _ParameterKind(2, 'VAR_POSITIONAL', 'variadic positional')
    KEYWORD_ONLY = _ParameterKind(3, 'KEYWORD_ONLY', 'keyword-only')
    VAR_KEYWORD = _ParameterKind(4, 'VAR_KEYWORD', 'variadic keyword')
    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        self.name = name
        self.kind = kind
        self.default = default
        self.annotation = annotation

    def __str__(self):
        s = self.name
        if self.annotation is not _empty:
            s += ': ' + _annotation_repr(self.annotation)
        if self.default is not _empty:
            s += (' = ' if self.annotation is not _empty else '=') + repr(self.default)
        if self.kind == Parameter.VAR_POSITIONAL:
            s = '*' + s
        elif self.kind == Parameter.VAR_KEYWORD:
            s = '**' + s
        return s

    def __repr__(self):
        return '<Parameter "%s">' % self

    def __eq__(self, other):
        return (isinstance(other, Parameter) and self.name == other.name and self.kind == other.kind
                and self.default == other.default and self.annotation == other.annotation)

    def replace(self, *, name=None, kind=None, default=None, annotation=None):
        return Parameter(name or self.name, self.kind if kind is None else kind,
                         default=self.default if default is None else default,
                         annotation=self.annotation if annotation is None else annotation)


def _annotation_repr(a):
    if isinstance(a, type):
        if a.__module__ == 'builtins':
            return a.__qualname__
        return a.__module__ + '.' + a.__qualname__
    return repr(a)


class BoundArguments:
    def __init__(self, signature, arguments):
        self.signature = signature
        self.arguments = arguments

    @property
    def args(self):
        out = []
        for p in self.signature.parameters.values():
            if p.kind in (Parameter.KEYWORD_ONLY, Parameter.VAR_KEYWORD):
                break
            if p.name in self.arguments:
                if p.kind == Parameter.VAR_POSITIONAL:
                    out.extend(self.arguments[p.name])
                else:
                    out.append(self.arguments[p.name])
        return tuple(out)

    @property
    def kwargs(self):
        out = {}
        for p in self.signature.parameters.values():
            if p.name not in self.arguments:
                continue
            if p.kind == Parameter.KEYWORD_ONLY:
                out[p.name] = self.arguments[p.name]
            elif p.kind == Parameter.VAR_KEYWORD:
                out.update(self.arguments[p.name])
        return out

    def apply_defaults(self):
        new = {}
        for p in self.signature.parameters.values():
            if p.name in self.arguments:
                new[p.name] = self.arguments[p.name]
            elif p.default is not _empty:
                new[p.name] = p.default
            elif p.kind == Parameter.VAR_POSITIONAL:
                new[p.name] = ()
            elif p.kind == Parameter.VAR_KEYWORD:
                new[p.name] = {}
        self.arguments = new

    def __repr__(self):
        return '<BoundArguments (%s)>' % ', '.join('%s=%r' % kv for kv in self.arguments.items())


class Signature:
    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty):
        self.parameters = {}
        for p in parameters or ():
            self.parameters[p.name] = p
        self.return_annotation = return_annotation

    def __str__(self):
        parts = []
        seen_kwonly = False
        seen_posonly = False
        for p in self.parameters.values():
            if p.kind == Parameter.POSITIONAL_ONLY:
                seen_posonly = True
            elif seen_posonly:
                parts.append('/')
                seen_posonly = False
            if p.kind == Parameter.KEYWORD_ONLY and not seen_kwonly:
                parts.append('*')
            if p.kind in (Parameter.VAR_POSITIONAL, Parameter.KEYWORD_ONLY):
                seen_kwonly = True
            parts.append(str(p))
        if seen_posonly:
            parts.append('/')
        s = '(%s)' % ', '.join(parts)
        if self.return_annotation is not _empty:
            s += ' -> ' + _annotation_repr(self.return_annotation)
        return s

    def __repr__(self):
        return '<Signature %s>' % self

    def __eq__(self, other):
        return isinstance(other, Signature) and list(self.parameters.values()) == list(other.parameters.values())

    def replace(self, *, parameters=None, return_annotation=None):
        return Signature(list(self.parameters.values()) if parameters is None else parameters,
                         return_annotation=self.return_annotation if return_annotation is None else return_annotation)

    def _bind(self, args, kwargs, partial):
        arguments = {}
        params = list(self.parameters.values())
        i = 0
        args = list(args)
        kwargs = dict(kwargs)
        for p in params:
            if p.kind in (Parameter.POSITIONAL_ONLY, Parameter.POSITIONAL_OR_KEYWORD):
                if args:
                    arguments[p.name] = args.pop(0)
                elif p.name in kwargs and p.kind != Parameter.POSITIONAL_ONLY:
                    arguments[p.name] = kwargs.pop(p.name)
                elif p.default is _empty and not partial:
                    raise TypeError("missing a required argument: '%s'" % p.name)
            elif p.kind == Parameter.VAR_POSITIONAL:
                if args:
                    arguments[p.name] = tuple(args)
                    args = []
            elif p.kind == Parameter.KEYWORD_ONLY:
                if p.name in kwargs:
                    arguments[p.name] = kwargs.pop(p.name)
                elif p.default is _empty and not partial:
                    raise TypeError("missing a required argument: '%s'" % p.name)
            else:
                if kwargs:
                    arguments[p.name] = kwargs
                    kwargs = {}
        if args:
            raise TypeError('too many positional arguments')
        if kwargs:
            raise TypeError("got an unexpected keyword argument '%s'" % next(iter(kwargs)))
        return BoundArguments(self, arguments)

    def bind(self, *args, **kwargs):
        return self._bind(args, kwargs, False)

    def bind_partial(self, *args, **kwargs):
        return self._bind(args, kwargs, True)

    @classmethod
    def from_callable(cls, obj):
        return signature(obj)


def signature(obj, *, follow_wrapped=True):
    if not callable(obj):
        raise TypeError('%r is not a callable object' % (obj,))
    if follow_wrapped:
        while hasattr(obj, '__wrapped__'):
            obj = obj.__wrapped__
    bound = False
    if ismethod(obj):
        obj = obj.__func__
        bound = True
    elif isclass(obj):
        init = getattr(obj, '__init__', None)
        if init is None or not isfunction(init):
            return Signature([])
        obj = init
        bound = True
    elif not isfunction(obj):
        call = getattr(type(obj), '__call__', None)
        if call is not None and isfunction(call):
            obj = call
            bound = True
        else:
            raise ValueError('no signature found for %r' % (obj,))
    code = obj.__code__
    names = code.co_varnames
    ann = getattr(obj, '__annotations__', {}) or {}
    defaults = obj.__defaults__ or ()
    kwdefaults = obj.__kwdefaults__ or {}
    params = []
    npos = code.co_argcount
    first_default = npos - len(defaults)
    for i in range(npos):
        kind = Parameter.POSITIONAL_ONLY if i < code.co_posonlyargcount else Parameter.POSITIONAL_OR_KEYWORD
        d = defaults[i - first_default] if i >= first_default else _empty
        params.append(Parameter(names[i], kind, default=d, annotation=ann.get(names[i], _empty)))
    k = npos
    kwonly = []
    for j in range(code.co_kwonlyargcount):
        n = names[k + j]
        kwonly.append(Parameter(n, Parameter.KEYWORD_ONLY, default=kwdefaults.get(n, _empty), annotation=ann.get(n, _empty)))
    k += code.co_kwonlyargcount
    if code.co_flags & CO_VARARGS:
        params.append(Parameter(names[k], Parameter.VAR_POSITIONAL, annotation=ann.get(names[k], _empty)))
        k += 1
    params.extend(kwonly)
    if code.co_flags & CO_VARKEYWORDS:
        params.append(Parameter(names[k], Parameter.VAR_KEYWORD, annotation=ann.get(names[k], _empty)))
    if bound and params:
        params = params[1:]
    return Signature(params, return_annotation=ann.get('return', _empty))


class FullArgSpec(tuple):
    """getfullargspec's result: (args, varargs, varkw, defaults,
    kwonlyargs, kwonlydefaults, annotations)."""
    _fields = ('args', 'varargs', 'varkw', 'defaults', 'kwonlyargs', 'kwonlydefaults', 'annotations')

    def __new__(cls, *values):
        return tuple.__new__(cls, values)

    def __repr__(self):
        return 'FullArgSpec(%s)' % ', '.join('%s=%r' % (n, v) for n, v in zip(self._fields, self))

    args = property(lambda self: self[0])
    varargs = property(lambda self: self[1])
    varkw = property(lambda self: self[2])
    defaults = property(lambda self: self[3])
    kwonlyargs = property(lambda self: self[4])
    kwonlydefaults = property(lambda self: self[5])
    annotations = property(lambda self: self[6])


def getfullargspec(func):
    func = getattr(func, '__func__', func)
    code = func.__code__
    names = code.co_varnames
    npos = code.co_argcount
    k = npos + code.co_kwonlyargcount
    varargs = names[k] if code.co_flags & CO_VARARGS else None
    if varargs:
        k += 1
    varkw = names[k] if code.co_flags & CO_VARKEYWORDS else None
    return FullArgSpec(list(names[:npos]), varargs, varkw, func.__defaults__,
                       list(names[npos:npos + code.co_kwonlyargcount]), func.__kwdefaults__,
                       dict(getattr(func, '__annotations__', {})))


def getmro(cls):
    return cls.__mro__


_missing = object()


def getattr_static(obj, attr, default=_missing):
    """The attribute as stored (no descriptor call): looked up in the
    instance dict, then along the class's MRO."""
    if not isinstance(obj, type):
        d = getattr(obj, '__dict__', None)
        if isinstance(d, dict) and attr in d:
            return d[attr]
        klasses = type(obj).__mro__
    else:
        klasses = obj.__mro__
    for k in klasses:
        try:
            kd = k.__dict__
        except AttributeError:
            continue
        if attr in kd:
            return kd[attr]
    if default is not _missing:
        return default
    raise AttributeError(attr)


def getcallargs(func, /, *positional, **named):
    """The mapping of parameter names to the values a call would bind."""
    bound = signature(func).bind(*positional, **named)
    bound.apply_defaults()
    return dict(bound.arguments)


def currentframe():
    return _sys._getframe(1)


def stack():
    return []


def getsource(obj):
    raise OSError('could not get source code')


GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'


def getgeneratorstate(generator):
    if generator.gi_running:
        return GEN_RUNNING
    if generator.gi_suspended:
        return GEN_SUSPENDED
    if generator.gi_frame is None:
        return GEN_CLOSED
    return GEN_CREATED


CORO_CREATED = 'CORO_CREATED'
CORO_RUNNING = 'CORO_RUNNING'
CORO_SUSPENDED = 'CORO_SUSPENDED'
CORO_CLOSED = 'CORO_CLOSED'


def getcoroutinestate(coroutine):
    if coroutine.cr_running:
        return CORO_RUNNING
    if coroutine.cr_suspended:
        return CORO_SUSPENDED
    if coroutine.cr_frame is None:
        return CORO_CLOSED
    return CORO_CREATED


def getgeneratorlocals(generator):
    if not isgenerator(generator):
        raise TypeError("{!r} is not a Python generator".format(generator))
    frame = getattr(generator, "gi_frame", None)
    if frame is not None:
        return generator.gi_frame.f_locals
    return {}
