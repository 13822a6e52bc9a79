"""typing for Pyrite: enough of the typing module for annotations to
import and evaluate.

Written for Pyrite (not CPython's source).  Special forms and generic
aliases are plain objects whose repr follows CPython (`typing.List[int]`);
Generic and Protocol are real classes, so `class Box(Generic[T])` works.
Nothing here checks types.
"""

import sys as _sys
import collections as _collections
import collections.abc as _abc

__all__ = ['ForwardRef', 'get_origin', 'get_args', 'Any', 'Callable', 'ClassVar', 'Final', 'Generic', 'Literal', 'Optional',
           'Protocol', 'Tuple', 'Type', 'TypeVar', 'Union', 'AbstractSet', 'ByteString',
           'Container', 'Hashable', 'ItemsView', 'Iterable', 'Iterator', 'KeysView',
           'Mapping', 'MappingView', 'MutableMapping', 'MutableSequence', 'MutableSet',
           'Sequence', 'Sized', 'ValuesView', 'Reversible', 'Dict', 'DefaultDict', 'List',
           'OrderedDict', 'Counter', 'Deque', 'Set', 'FrozenSet', 'NamedTuple', 'TypedDict',
           'Generator', 'AnyStr', 'cast', 'final', 'get_type_hints', 'NewType', 'no_type_check',
           'overload', 'runtime_checkable', 'Text', 'TYPE_CHECKING', 'NoReturn', 'Never',
           'Self', 'Annotated', 'TypeAlias', 'Iterable', 'Awaitable', 'Coroutine',
           'AsyncIterator', 'AsyncIterable', 'SupportsInt', 'SupportsFloat', 'SupportsAbs',
           'SupportsIndex', 'LiteralString', 'Required', 'NotRequired', 'assert_never',
           'reveal_type']

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return '%s.%s' % (obj.__module__, obj.__qualname__)
    if obj is ...:
        return '...'
    if obj is None or obj is type(None):
        return 'None'
    if isinstance(obj, list):
        return '[%s]' % ', '.join([_type_repr(a) for a in obj])
    return repr(obj)


class ForwardRef:
    """A type named by a string, resolved by get_type_hints."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        self.__forward_arg__ = arg
        self.__forward_module__ = module

    def _evaluate(self, globalns, localns):
        return eval(self.__forward_arg__, globalns, localns)

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    def __repr__(self):
        return 'ForwardRef(%r)' % (self.__forward_arg__,)


class _GenericAlias:
    def __init__(self, origin, args, name):
        if name not in ('Literal', 'Annotated'):
            args = tuple([ForwardRef(a) if isinstance(a, str) else a for a in args])
        self.__origin__ = origin
        self.__args__ = args
        self._name = name

    def __repr__(self):
        if self._name == 'Optional':
            return 'typing.Optional[%s]' % _type_repr(self.__args__[0])
        if not self.__args__:
            return 'typing.%s[()]' % self._name
        return 'typing.%s[%s]' % (self._name, ', '.join([_type_repr(a) for a in self.__args__]))

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(self.__origin__, params, self._name)

    def __eq__(self, other):
        if self.__origin__ is Union and type(other).__name__ == 'UnionType':
            return set(self.__args__) == set(other.__args__)
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        if self.__origin__ is Union and other.__origin__ is Union:
            return set(self.__args__) == set(other.__args__)
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        if self.__origin__ is Union:
            return hash(frozenset(self.__args__))
        return hash((self._name, self.__args__))

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        o = self.__origin__
        return (o,) if isinstance(o, type) else ()

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')


class _UserGenericAlias(_GenericAlias):
    """A user generic class subscripted (`Stack[int]`)."""

    def __repr__(self):
        return '%s[%s]' % (_type_repr(self.__origin__), ', '.join([_type_repr(a) for a in self.__args__]))

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _UserGenericAlias(self.__origin__, params, self._name)

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __instancecheck__(self, obj):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')


class _SpecialGenericAlias:
    def __init__(self, origin, name, nparams=-1):
        self.__origin__ = origin
        self._name = name
        self._nparams = nparams

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._nparams >= 0 and len(params) != self._nparams and self._name != 'Tuple':
            raise TypeError('Too %s arguments for typing.%s; actual %d, expected %d'
                            % ('many' if len(params) > self._nparams else 'few',
                               self._name, len(params), self._nparams))
        return _GenericAlias(self.__origin__, params, self._name)

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__origin__)


class _SpecialForm:
    def __init__(self, name, getitem=None):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if self._getitem is None:
            raise TypeError('%s is not subscriptable' % repr(self))
        return self._getitem(self, params)

    def __call__(self, *args, **kwds):
        raise TypeError('Cannot instantiate %r' % self)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def _union(self, params):
    if not isinstance(params, tuple):
        params = (params,)
    if not params:
        raise TypeError('Cannot take a Union of no types.')
    flat = []
    for p in params:
        if p is None:
            p = type(None)
        if isinstance(p, _GenericAlias) and p._name in ('Union', 'Optional'):
            items = p.__args__
        else:
            items = (p,)
        for q in items:
            if q not in flat:
                flat.append(q)
    if len(flat) == 1:
        return flat[0]
    if len(flat) == 2 and type(None) in flat:
        alias = _GenericAlias(Union, tuple(flat), 'Union')
        if flat[1] is type(None):
            alias._name = 'Optional'
        return alias
    return _GenericAlias(Union, tuple(flat), 'Union')


def _optional(self, param):
    return Union[param, None]


def _one(self, param):
    return _GenericAlias(self, (param,), self._name)


def _many(self, params):
    if not isinstance(params, tuple):
        params = (params,)
    return _GenericAlias(self, params, self._name)


Any = _SpecialForm('Any')
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
TypeAlias = _SpecialForm('TypeAlias')
Union = _SpecialForm('Union', _union)
Optional = _SpecialForm('Optional', _optional)
ClassVar = _SpecialForm('ClassVar', _one)
Final = _SpecialForm('Final', _one)
Required = _SpecialForm('Required', _one)
NotRequired = _SpecialForm('NotRequired', _one)
Literal = _SpecialForm('Literal', _many)
Annotated = _SpecialForm('Annotated', _many)
Concatenate = _SpecialForm('Concatenate', _many)
TypeGuard = _SpecialForm('TypeGuard', _one)

List = _SpecialGenericAlias(list, 'List', 1)
Dict = _SpecialGenericAlias(dict, 'Dict', 2)
Set = _SpecialGenericAlias(set, 'Set', 1)
FrozenSet = _SpecialGenericAlias(frozenset, 'FrozenSet', 1)
Tuple = _SpecialGenericAlias(tuple, 'Tuple', -1)
Type = _SpecialGenericAlias(type, 'Type', 1)
Callable = _SpecialGenericAlias(_abc.Callable, 'Callable', 2)
DefaultDict = _SpecialGenericAlias(_collections.defaultdict, 'DefaultDict', 2)
OrderedDict = _SpecialGenericAlias(_collections.OrderedDict, 'OrderedDict', 2)
Counter = _SpecialGenericAlias(_collections.Counter, 'Counter', 1)
Deque = _SpecialGenericAlias(_collections.deque, 'Deque', 1)
ChainMap = _SpecialGenericAlias(_collections.ChainMap, 'ChainMap', 2)
Iterable = _SpecialGenericAlias(_abc.Iterable, 'Iterable', 1)
Iterator = _SpecialGenericAlias(_abc.Iterator, 'Iterator', 1)
Reversible = _SpecialGenericAlias(_abc.Reversible, 'Reversible', 1)
Container = _SpecialGenericAlias(_abc.Container, 'Container', 1)
Collection = _SpecialGenericAlias(_abc.Collection, 'Collection', 1)
Sequence = _SpecialGenericAlias(_abc.Sequence, 'Sequence', 1)
MutableSequence = _SpecialGenericAlias(_abc.MutableSequence, 'MutableSequence', 1)
Mapping = _SpecialGenericAlias(_abc.Mapping, 'Mapping', 2)
MutableMapping = _SpecialGenericAlias(_abc.MutableMapping, 'MutableMapping', 2)
AbstractSet = _SpecialGenericAlias(_abc.Set, 'AbstractSet', 1)
MutableSet = _SpecialGenericAlias(_abc.MutableSet, 'MutableSet', 1)
Generator = _SpecialGenericAlias(_abc.Generator, 'Generator', 3)
KeysView = _SpecialGenericAlias(_abc.KeysView, 'KeysView', 1)
ValuesView = _SpecialGenericAlias(_abc.ValuesView, 'ValuesView', 1)
ItemsView = _SpecialGenericAlias(_abc.ItemsView, 'ItemsView', 2)
MappingView = _SpecialGenericAlias(_abc.MappingView, 'MappingView', 1)
Awaitable = _SpecialGenericAlias(object, 'Awaitable', 1)
Coroutine = _SpecialGenericAlias(object, 'Coroutine', 3)
AsyncIterable = _SpecialGenericAlias(object, 'AsyncIterable', 1)
AsyncIterator = _SpecialGenericAlias(object, 'AsyncIterator', 1)
Hashable = _abc.Hashable
Sized = _abc.Sized
ByteString = _SpecialGenericAlias(bytes, 'ByteString', 0)
Text = str


class TypeVar:
    """Type variable."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        if self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]


class ParamSpec(TypeVar):
    pass


AnyStr = TypeVar('AnyStr', bytes, str)
T = TypeVar('T')
KT = TypeVar('KT')
VT = TypeVar('VT')


_PROTO_SKIP = frozenset(['__abstractmethods__', '__annotations__', '__weakref__', '_is_protocol',
                         '_is_runtime_protocol', '__dict__', '__args__', '__slots__', '__parameters__',
                         '__origin__', '__orig_bases__', '__doc__', '__subclasshook__', '__init__',
                         '__new__', '__module__', '__qualname__', '__init_subclass__',
                         '__class_getitem__', '__match_args__', '__firstlineno__', '__static_attributes__'])


def _protocol_attrs(cls):
    attrs = []
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        for attr in base.__dict__:
            if not attr.startswith('_abc_') and attr not in _PROTO_SKIP and attr not in attrs:
                attrs.append(attr)
    return attrs


class _GenericMeta(type):
    def __getitem__(cls, params):
        if cls.__name__ in ('Generic', 'Protocol') and cls.__module__ == 'typing':
            if not isinstance(params, tuple):
                params = (params,)
            return _GenericAlias(cls, params, cls.__name__)
        if not isinstance(params, tuple):
            params = (params,)
        return _UserGenericAlias(cls, params, cls.__name__)

    def __instancecheck__(cls, obj):
        if cls.__dict__.get('_is_protocol', False):
            if not cls.__dict__.get('_is_runtime_protocol', False):
                raise TypeError('Instance and class checks can only be used with '
                                '@runtime_checkable protocols')
            if cls in type(obj).__mro__:
                return True
            for attr in _protocol_attrs(cls):
                if not hasattr(obj, attr):
                    return False
            return True
        return cls in type(obj).__mro__

    def __subclasscheck__(cls, other):
        if cls.__dict__.get('_is_protocol', False):
            if not cls.__dict__.get('_is_runtime_protocol', False):
                raise TypeError('Instance and class checks can only be used with '
                                '@runtime_checkable protocols')
            if cls in other.__mro__:
                return True
            for attr in _protocol_attrs(cls):
                if not hasattr(other, attr):
                    return False
            return True
        return cls in other.__mro__


def _collect_parameters(cls):
    params = []
    for base in cls.__dict__.get('__orig_bases__', ()):
        for a in getattr(base, '__args__', ()):
            if isinstance(a, TypeVar) and a not in params:
                params.append(a)
    return tuple(params)


class Generic(metaclass=_GenericMeta):
    """Abstract base class for generic types."""

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if '__orig_bases__' in cls.__dict__:
            cls.__parameters__ = _collect_parameters(cls)
        elif '__parameters__' not in cls.__dict__ and not hasattr(cls, '__parameters__'):
            cls.__parameters__ = ()


class Protocol(metaclass=_GenericMeta):
    """Base class for protocol classes."""

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls._is_protocol = Protocol in cls.__bases__
        if '__orig_bases__' in cls.__dict__:
            cls.__parameters__ = _collect_parameters(cls)


def runtime_checkable(cls):
    if not cls.__dict__.get('_is_protocol', False):
        raise TypeError('@runtime_checkable can be only applied to protocol classes, got %r' % cls)
    cls._is_runtime_protocol = True
    return cls


def cast(typ, val):
    return val


def overload(func):
    def _overload_dummy(*args, **kwds):
        raise NotImplementedError('You should not call an overloaded function. '
                                  'A series of @typing.overload-decorated functions '
                                  'outside a stub module should always be followed '
                                  'by an implementation that is not @typing.overload-ed.')
    return _overload_dummy


def final(f):
    return f


def no_type_check(arg):
    return arg


def assert_never(arg, /):
    raise AssertionError('Expected code to be unreachable, but got: %r' % (arg,))


def reveal_type(obj, /):
    import sys
    sys.stderr.write('Runtime type is %r\n' % type(obj).__name__)
    return obj


def _eval_hint(v, globalns, localns):
    if v is None:
        return type(None)
    if isinstance(v, str):
        return _eval_hint(eval(v, globalns, localns), globalns, localns)
    if isinstance(v, ForwardRef):
        return _eval_hint(v._evaluate(globalns, localns), globalns, localns)
    if isinstance(v, _GenericAlias) and v._name not in ('Literal', 'Annotated'):
        args = tuple([_eval_hint(a, globalns, localns) for a in v.__args__])
        if args != v.__args__:
            if v.__origin__ is Union:
                alias = Union[args]
                if v._name == 'Optional' and isinstance(alias, _GenericAlias):
                    alias._name = 'Optional'
                return alias
            return _GenericAlias(v.__origin__, args, v._name)
    return v


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            if base is not object:
                g = globalns
                if g is None:
                    import sys
                    mod = sys.modules.get(base.__module__)
                    g = dict(mod.__dict__) if mod is not None else {}
                for k, v in base.__dict__.get('__annotations__', {}).items():
                    hints[k] = _eval_hint(v, g, localns if localns is not None else dict(base.__dict__))
        return hints
    g = globalns
    if g is None:
        g = getattr(obj, '__globals__', None)
        if g is None:
            g = {}
    for k, v in getattr(obj, '__annotations__', {}).items():
        hints[k] = _eval_hint(v, g, localns)
    return hints


def get_origin(tp):
    """The unsubscripted version of a type: get_origin(List[int]) is list."""
    if isinstance(tp, _GenericAlias):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if type(tp).__name__ == 'UnionType':
        return type(tp)
    if type(tp).__name__ == 'GenericAlias':
        return tp.__origin__
    return None


def get_args(tp):
    """The type arguments of a subscripted type: get_args(Dict[int, str]) is (int, str)."""
    if isinstance(tp, _GenericAlias):
        args = tp.__args__
        if tp.__origin__ is _abc.Callable and args and args[0] is not Ellipsis:
            return (list(args[:-1]), args[-1]) if not isinstance(args[0], list) else args
        return args
    if type(tp).__name__ in ('UnionType', 'GenericAlias'):
        return tp.__args__
    return ()


class NewType:
    def __init__(self, name, tp):
        self.__name__ = name
        self.__qualname__ = name
        self.__supertype__ = tp

    def __call__(self, x):
        return x

    def __repr__(self):
        return '__main__.' + self.__name__


class _NamedTupleMeta(type):
    def __new__(mcls, typename, bases, ns):
        if ns.get('_root', False):
            return super().__new__(mcls, typename, bases, ns)
        types = ns.get('__annotations__', {})
        field_names = list(types)
        defaults = []
        for name in field_names:
            if name in ns:
                defaults.append(ns[name])
            elif defaults:
                raise TypeError('Non-default namedtuple field %s cannot follow default field%s %s'
                                % (name, 's' if len(defaults) > 1 else '',
                                   ', '.join(field_names[:len(defaults)])))
        nm_tpl = _collections.namedtuple(typename, field_names, defaults=defaults,
                                         module=ns.get('__module__', '__main__'))
        nm_tpl.__annotations__ = types
        for key, value in ns.items():
            if key in ('__annotations__', '__module__', '__qualname__', '_root') or key in field_names:
                continue
            setattr(nm_tpl, key, value)
        return nm_tpl


    def __call__(cls, typename, fields=None, /, **kwargs):
        """The functional form: `NamedTuple('P', [('x', int), ('y', int)])`."""
        if fields is None:
            fields = kwargs.items()
        types = {name: tp for name, tp in fields}
        nm_tpl = _collections.namedtuple(typename, list(types), module=_caller_module())
        nm_tpl.__annotations__ = types
        return nm_tpl


def _caller_module():
    try:
        return _sys._getframe(2).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        return '__main__'


class NamedTuple(metaclass=_NamedTupleMeta):
    _root = True


class _TypedDictMeta(type):
    """A TypedDict class is a dict subclass carrying its keys' annotations; calling it
    makes a plain dict, as CPython's does."""

    def __new__(mcls, name, bases, ns, total=True):
        if ns.get('_root', False):
            return super().__new__(mcls, name, bases, ns)
        annotations = {}
        required = set()
        optional = set()
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
            required.update(base.__dict__.get('__required_keys__', ()))
            optional.update(base.__dict__.get('__optional_keys__', ()))
        own = ns.get('__annotations__', {})
        annotations.update(own)
        (required if total else optional).update(own)
        ns = dict(ns)
        ns['__annotations__'] = annotations
        ns['__required_keys__'] = frozenset(required)
        ns['__optional_keys__'] = frozenset(optional)
        ns['__total__'] = total
        return super().__new__(mcls, name, (dict,), ns)

    def __init__(cls, name, bases, ns, total=True):
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kwargs):
        if cls.__dict__.get('_root', False):
            # The functional form: `TypedDict('Movie', {'title': str}, total=False)`.
            name, fields = args
            return _TypedDictMeta(name, (), {'__annotations__': dict(fields)}, kwargs.get('total', True))
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


class TypedDict(metaclass=_TypedDictMeta):
    _root = True


class SupportsInt(Protocol):
    pass


class SupportsFloat(Protocol):
    pass


class SupportsAbs(Protocol):
    pass


class SupportsIndex(Protocol):
    pass
