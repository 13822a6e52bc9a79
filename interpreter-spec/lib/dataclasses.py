"""dataclasses for Pyrite: @dataclass, field, fields, asdict, astuple,
replace, is_dataclass, make_dataclass.

Written for Pyrite (not CPython's source).  Pyrite has no exec(), so the
generated methods are generic closures over the field list instead of
compiled source; their behaviour and error messages follow CPython 3.11.
"""

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY',
           'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass', 'replace',
           'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _MissingType:
    def __repr__(self):
        return 'MISSING'


MISSING = _MissingType()


class _KwOnlyType:
    pass


KW_ONLY = _KwOnlyType()


class InitVar:
    def __init__(self, type):
        self.type = type

    def __class_getitem__(cls, type):
        return InitVar(type)


_FIELD = 'field'
_FIELD_CLASSVAR = 'classvar'
_FIELD_INITVAR = 'initvar'


class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,'
                'hash=%r,compare=%r,metadata=%r,kw_only=%r,_field_type=%s)'
                % (self.name, self.type, self.default, self.default_factory, self.init,
                   self.repr, self.hash, self.compare, self.metadata, self.kw_only,
                   self._field_type))

    def __set_name__(self, owner, name):
        pass


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _is_classvar(tp):
    r = tp if isinstance(tp, str) else repr(tp)
    return r.startswith('typing.ClassVar') or r.startswith('ClassVar')


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only):
    fields = {}
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, '__dataclass_fields__', None)
        if base_fields is not None:
            for f in base_fields.values():
                fields[f.name] = f
    own = cls.__dict__.get('__annotations__', {})
    kw_only_mode = kw_only
    for name, tp in own.items():
        if tp is KW_ONLY or (isinstance(tp, type) and tp is _KwOnlyType):
            kw_only_mode = True
            continue
        default = cls.__dict__.get(name, MISSING)
        if isinstance(default, Field):
            f = default
        else:
            f = field(default=default)
        f.name = name
        f.type = tp
        f._field_type = _FIELD
        if _is_classvar(tp):
            f._field_type = _FIELD_CLASSVAR
        elif isinstance(tp, InitVar):
            f._field_type = _FIELD_INITVAR
        if f.kw_only is MISSING:
            f.kw_only = kw_only_mode
        if f._field_type is _FIELD and f.default is not MISSING and type(f.default) in (list, dict, set):
            raise ValueError('mutable default %r for field %s is not allowed: use default_factory'
                             % (type(f.default), name))
        if isinstance(default, Field):
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
        fields[name] = f
    cls.__dataclass_fields__ = fields
    cls.__dataclass_params__ = (init, repr, eq, order, unsafe_hash, frozen)
    all_fields = [f for f in fields.values() if f._field_type is _FIELD]
    init_fields = [f for f in fields.values() if f._field_type is not _FIELD_CLASSVAR and f.init]
    if init:
        seen_default = False
        for f in init_fields:
            if f.kw_only:
                continue
            if f.default is not MISSING or f.default_factory is not MISSING:
                seen_default = True
            elif seen_default:
                raise TypeError("non-default argument '%s' follows default argument" % f.name)
        if '__init__' not in cls.__dict__:
            cls.__init__ = _make_init(cls, fields, init_fields, frozen)
    if repr and '__repr__' not in cls.__dict__:
        cls.__repr__ = _make_repr([f for f in all_fields if f.repr])
    cmp_fields = [f for f in all_fields if f.compare]
    if eq and '__eq__' not in cls.__dict__:
        cls.__eq__ = _make_cmp(cls, cmp_fields, '==')
    if order:
        for op, name in (('<', '__lt__'), ('<=', '__le__'), ('>', '__gt__'), ('>=', '__ge__')):
            if name in cls.__dict__:
                raise TypeError('Cannot overwrite attribute %s in class %s. Consider using functools.total_ordering'
                                % (name, cls.__name__))
            setattr(cls, name, _make_cmp(cls, cmp_fields, op))
    if frozen:
        cls.__setattr__ = _frozen_setattr
        cls.__delattr__ = _frozen_delattr
    hash_fields = [f for f in all_fields if (f.compare if f.hash is None else f.hash)]
    has_hash = '__hash__' in cls.__dict__ and cls.__dict__['__hash__'] is not None
    if unsafe_hash or (eq and frozen):
        if has_hash and unsafe_hash:
            raise TypeError('Cannot overwrite attribute __hash__ in class %s' % cls.__name__)
        cls.__hash__ = _make_hash(hash_fields)
    elif eq and not has_hash:
        cls.__hash__ = None
    if match_args:
        cls.__match_args__ = tuple([f.name for f in init_fields if not f.kw_only])
    return cls


def _plural(n):
    return '' if n == 1 else 's'


def _names_list(names):
    q = ["'%s'" % n for n in names]
    if len(q) == 1:
        return q[0]
    if len(q) == 2:
        return q[0] + ' and ' + q[1]
    return ', '.join(q[:-1]) + ', and ' + q[-1]


def _make_init(cls, fields, init_fields, frozen):
    positional = [f for f in init_fields if not f.kw_only]
    keyword = [f for f in init_fields if f.kw_only]
    others = [f for f in fields.values() if f._field_type is _FIELD and not f.init]
    qual = cls.__qualname__ + '.__init__'

    def __init__(self, *args, **kwargs):
        if len(args) > len(positional):
            required = 1 + len([f for f in positional
                                if f.default is MISSING and f.default_factory is MISSING])
            most = len(positional) + 1
            if required == most:
                takes = '%d positional argument%s' % (most, _plural(most))
            else:
                takes = 'from %d to %d positional arguments' % (required, most)
            raise TypeError('%s() takes %s but %d %s given'
                            % (qual, takes, len(args) + 1, 'was' if len(args) + 1 == 1 else 'were'))
        values = {}
        for i in range(len(args)):
            values[positional[i].name] = args[i]
        names = [f.name for f in init_fields]
        for k in kwargs:
            if k not in names:
                raise TypeError("%s() got an unexpected keyword argument '%s'" % (qual, k))
            if k in values:
                raise TypeError("%s() got multiple values for argument '%s'" % (qual, k))
            values[k] = kwargs[k]
        missing = []
        missing_kw = []
        for f in init_fields:
            if f.name in values:
                continue
            if f.default is not MISSING:
                values[f.name] = f.default
            elif f.default_factory is not MISSING:
                values[f.name] = f.default_factory()
            elif f.kw_only:
                missing_kw.append(f.name)
            else:
                missing.append(f.name)
        if missing:
            raise TypeError('%s() missing %d required positional argument%s: %s'
                            % (qual, len(missing), _plural(len(missing)), _names_list(missing)))
        if missing_kw:
            raise TypeError('%s() missing %d required keyword-only argument%s: %s'
                            % (qual, len(missing_kw), _plural(len(missing_kw)), _names_list(missing_kw)))
        initvars = []
        for f in init_fields:
            if f._field_type is _FIELD_INITVAR:
                initvars.append(values[f.name])
            elif frozen:
                object.__setattr__(self, f.name, values[f.name])
            else:
                setattr(self, f.name, values[f.name])
        for f in others:
            if f.default_factory is not MISSING:
                v = f.default_factory()
            elif f.default is not MISSING:
                v = f.default
            else:
                continue
            if frozen:
                object.__setattr__(self, f.name, v)
            else:
                setattr(self, f.name, v)
        post = getattr(self, '__post_init__', None)
        if post is not None:
            post(*initvars)
    __init__.__qualname__ = qual
    return __init__


def _make_repr(fields):
    def __repr__(self):
        parts = ['%s=%r' % (f.name, getattr(self, f.name)) for f in fields]
        return '%s(%s)' % (type(self).__qualname__, ', '.join(parts))
    __repr__.__pyrite_dataclass_repr__ = True  # pprint lays out such instances
    return __repr__


def _make_cmp(cls, fields, op):
    def cmp(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        a = tuple([getattr(self, f.name) for f in fields])
        b = tuple([getattr(other, f.name) for f in fields])
        if op == '==':
            return a == b
        if op == '<':
            return a < b
        if op == '<=':
            return a <= b
        if op == '>':
            return a > b
        return a >= b
    return cmp


def _make_hash(fields):
    def __hash__(self):
        return hash(tuple([getattr(self, f.name) for f in fields]))
    return __hash__


def _frozen_setattr(self, name, value):
    if name in type(self).__dataclass_fields__:
        raise FrozenInstanceError("cannot assign to field '%s'" % name)
    object.__setattr__(self, name, value)


def _frozen_delattr(self, name):
    if name in type(self).__dataclass_fields__:
        raise FrozenInstanceError("cannot delete field '%s'" % name)
    object.__delattr__(self, name)


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True, kw_only=False, slots=False):
    if order and not eq:
        raise ValueError('eq must be true if order is true')

    def wrap(cls):
        cls = _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only)
        if slots:
            cls = _add_slots(cls)
        return cls
    if cls is None:
        return wrap
    return wrap(cls)


def _add_slots(cls):
    """The class again, with `__slots__` for its fields (no instance dict)."""
    if '__slots__' in cls.__dict__:
        raise TypeError(f'{cls.__name__} already specifies __slots__')
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    cls_dict['__slots__'] = field_names
    for name in field_names:
        cls_dict.pop(name, None)
    cls_dict.pop('__dict__', None)
    cls_dict.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        cls.__qualname__ = qualname
    return cls


def fields(class_or_instance):
    try:
        fs = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple([f for f in fs.values() if f._field_type is _FIELD])


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, '__dataclass_fields__')


def _is_dataclass_instance(obj):
    return hasattr(type(obj), '__dataclass_fields__')


def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        result = []
        for f in fields(obj):
            result.append((f.name, _asdict_inner(getattr(obj, f.name), dict_factory)))
        return dict_factory(result)
    if isinstance(obj, (list, tuple)):
        return type(obj)([_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return obj


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory) for f in fields(obj)])
    if isinstance(obj, (list, tuple)):
        return type(obj)([_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return obj


def replace(obj, /, **changes):
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in type(obj).__dataclass_fields__.values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError('field %s is declared with init=False, it cannot be specified with replace()' % f.name)
            continue
        if f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, **kwargs):
    ns = {} if namespace is None else dict(namespace)
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            annotations[item] = 'typing.Any'
        elif len(item) == 2:
            annotations[item[0]] = item[1]
        else:
            annotations[item[0]] = item[1]
            ns[item[0]] = item[2]
    ns['__annotations__'] = annotations
    ns['__module__'] = '__main__'
    cls = type(cls_name, bases, ns)
    return dataclass(cls, **kwargs)
