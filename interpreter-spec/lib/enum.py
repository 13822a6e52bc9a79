"""enum for Pyrite: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique.

Written for Pyrite (not CPython's source).  Members are instances of
their class created by EnumType (alias EnumMeta); members of enums with a builtin data type
mixed in (IntEnum, IntFlag, StrEnum, `class E(str, Enum)`) are instances of
that type too, made by its __new__.
"""

__all__ = ['EnumMeta', 'EnumType', 'Enum', 'ReprEnum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
           'auto', 'unique']

_auto_null = object()


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)

    # The class body stores into the class directly (no _EnumDict), so an
    # expression over auto() members (`RW = R | W`) is kept as an _AutoOp
    # and computed once the members before it have their values.
    def __or__(self, other):
        return _AutoOp(lambda a, b: a | b, self, other)

    def __ror__(self, other):
        return _AutoOp(lambda a, b: a | b, other, self)

    def __and__(self, other):
        return _AutoOp(lambda a, b: a & b, self, other)

    def __rand__(self, other):
        return _AutoOp(lambda a, b: a & b, other, self)

    def __xor__(self, other):
        return _AutoOp(lambda a, b: a ^ b, self, other)

    def __rxor__(self, other):
        return _AutoOp(lambda a, b: a ^ b, other, self)


class _AutoOp(auto):
    def __init__(self, op, left, right):
        self.value = _auto_null
        self._op = op
        self._left = left
        self._right = right

    def _resolve(self):
        def get(x):
            if isinstance(x, _AutoOp):
                return x._resolve()
            return x.value if isinstance(x, auto) else x
        return self._op(get(self._left), get(self._right))


def _is_descriptor(obj):
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')
            or type(obj).__name__ in ('function', 'classmethod', 'staticmethod', 'property'))


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _is_private(cls_name, name):
    pattern = '_%s__' % (cls_name,)
    return len(name) > len(pattern) and name.startswith(pattern) and not name.endswith('__')


def _single_bit(v):
    return v > 0 and v & (v - 1) == 0


class EnumType(type):
    """Metaclass for Enum"""

    def __new__(metacls, cls, bases, classdict, **kwds):
        member_names = []
        members = {}
        body = {}
        for key, value in classdict.items():
            if (_is_dunder(key) or _is_sunder(key) or _is_private(cls, key)
                    or _is_descriptor(value)):
                body[key] = value
            else:
                if key in members:
                    raise TypeError('%r already defined as %r' % (key, members[key]))
                member_names.append(key)
                members[key] = value
        for base in bases:
            if getattr(base, '_member_names_', None):
                raise TypeError('%s: cannot extend enumeration %r' % (cls, base.__name__))
        enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        member_type = enum_class._member_type_ = _member_type(bases)
        if member_type is not object:
            # As CPython: the enum's repr/str/format, not the data type's,
            # unless the class body or a plain mixin defines them.
            first_enum = None
            for base in bases:
                if isinstance(base, EnumMeta):
                    first_enum = base
                    break
            for name in ('__repr__', '__str__', '__format__'):
                if name in body or first_enum is None:
                    continue
                mixin_defines = False
                for c in enum_class.__mro__[1:]:
                    if isinstance(c, EnumMeta) or c is object or c in _DATA_TYPES:
                        continue
                    if name in _own_dict(c):
                        mixin_defines = True
                        break
                if not mixin_defines:
                    for c in enum_class.__mro__[1:]:
                        if isinstance(c, EnumMeta) and name in _own_dict(c):
                            type.__setattr__(enum_class, name, _own_dict(c)[name])
                            break
            if 'Flag' in globals() and issubclass(enum_class, Flag):
                for name in ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__', '__invert__'):
                    if name not in body:
                        type.__setattr__(enum_class, name, getattr(Flag, name))
        enum_class._member_names_ = []
        enum_class._member_map_ = {}
        enum_class._value2member_map_ = {}
        enum_class.__members__ = enum_class._member_map_
        gen = getattr(enum_class, '_generate_next_value_', None)
        last_values = []
        for name in member_names:
            value = members[name]
            if isinstance(value, _AutoOp):
                value.value = value._resolve()
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = gen(name, 1, len(last_values), last_values[:])
                value = value.value
            last_values.append(value)
            enum_class._add_member_(name, value)
        return enum_class

    def _add_member_(cls, name, value):
        args = value if isinstance(value, tuple) else (value,)
        if name in cls._member_map_:
            raise TypeError('%r already defined as %r' % (name, cls._member_map_[name]._value_))
        custom_new = None
        for c in cls.__mro__:
            d = _own_dict(c)
            if '__new__' in d and c.__name__ not in ('Enum', 'Flag'):
                custom_new = d['__new__']
                break
        if custom_new is not None:
            member = custom_new(cls, *args)
            if not hasattr(member, '_value_'):
                member._value_ = value
        elif cls._member_type_ is not object:
            member_type = cls._member_type_
            member = member_type.__new__(cls, *args)
            member._value_ = member_type(*args)
        else:
            member = object.__new__(cls)
            member._value_ = value
        value = member._value_
        member._name_ = name
        member.__objclass__ = cls
        if '__init__' in _mro_dicts(cls):
            cls.__init__(member, *args)
        for other in cls._member_map_.values():
            if other._value_ == value:
                cls._member_map_[name] = other
                type.__setattr__(cls, name, other)
                return
        # A Flag's zero and multi-bit members are named but not iterated.
        if not ('Flag' in globals() and issubclass(cls, Flag)) or _single_bit(value):
            cls._member_names_.append(name)
        cls._member_map_[name] = member
        try:
            cls._value2member_map_[value] = member
        except TypeError:
            pass
        type.__setattr__(cls, name, member)

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1):
        if names is None:
            return cls.__new_member__(value)
        return cls._create_(value, names, module=module, start=start)

    def __new_member__(cls, value):
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is None:
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        raise TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                        % (cls.__name__, result))

    def _create_(cls, class_name, names, *, module=None, start=1):
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        ns = {}
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            for i in range(len(names)):
                ns[names[i]] = auto() if cls._generate_next_value_ is not Enum._generate_next_value_ else i + start
        elif isinstance(names, dict):
            ns = dict(names)
        else:
            for item in names:
                ns[item[0]] = item[1]
        ns['__module__'] = '__main__' if module is None else module
        metacls = type(cls)
        return metacls.__new__(metacls, class_name, (cls,), ns)

    def __contains__(cls, member):
        if isinstance(member, cls):
            return member._name_ in cls._member_map_
        for m in cls._member_map_.values():
            if m._value_ == member:
                return True
        return False

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return iter([cls._member_map_[name] for name in cls._member_names_])

    def __reversed__(cls):
        return iter([cls._member_map_[name] for name in reversed(cls._member_names_)])

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    def __repr__(cls):
        return "<enum %r>" % cls.__name__

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', ()):
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        if name in cls.__dict__.get('_member_map_', ()):
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, name))
        super().__delattr__(name)


EnumMeta = EnumType


_DATA_TYPES = (int, str, float, bytes, tuple, complex, bytearray, list, dict, set, frozenset)


def _member_type(bases):
    """The builtin data type mixed into an enum class (object if none)."""
    for base in bases:
        for c in base.__mro__:
            for t in _DATA_TYPES:
                if c is t:
                    return t
    return object


def _own_dict(c):
    if c is object:
        return {}
    try:
        return c.__dict__
    except AttributeError:
        return {}


def _mro_dicts(cls):
    names = set()
    for c in cls.__mro__:
        if c.__name__ in ('Enum', 'ReprEnum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'object'):
            continue
        for k in _own_dict(c):
            names.add(k)
    return names


class Enum(metaclass=EnumMeta):
    """Create a collection of name/value pairs."""

    def _generate_next_value_(name, start, count, last_values):
        for v in reversed(last_values):
            try:
                return v + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        return '<%s.%s: %r>' % (type(self).__name__, self._name_, self._value_)

    def __str__(self):
        return '%s.%s' % (type(self).__name__, self._name_)

    def __format__(self, spec):
        return format(str(self), spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return type(self), (self._value_,)

    def __dir__(self):
        return ['__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value']

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_


def _val(v):
    if isinstance(v, Enum):
        return v._value_
    return v


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints."""

    def __str__(self):
        return str(self._value_)

    def __format__(self, spec):
        return format(self._value_, spec)


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings."""

    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    def __str__(self):
        return self._value_

    def __format__(self, spec):
        return format(self._value_, spec)


class Flag(Enum):
    """Support for flags (members combine with | & ^ ~)."""

    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        high = 0
        for v in last_values:
            if v > high:
                high = v
        bit = 1
        while bit <= high:
            bit <<= 1
        return bit

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            return None
        all_bits = 0
        for m in cls._member_map_.values():
            all_bits |= m._value_
        extra = value & ~all_bits
        if extra and not getattr(cls, '_keep_bits_', False):
            # Flag's CONFORM boundary (3.11): bits no member has are dropped.
            value &= all_bits
            extra = 0
            if value in cls._value2member_map_:
                return cls._value2member_map_[value]
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        pseudo._value_ = value
        names = [m._name_ for m in cls if _single_bit(m._value_) and (m._value_ & value) == m._value_]
        if names and extra:
            names.append(str(extra))
        pseudo._name_ = '|'.join(names) if names else None
        cls._value2member_map_[value] = pseudo
        return pseudo

    def __repr__(self):
        if self._name_ is None:
            return '<%s: %r>' % (type(self).__name__, self._value_)
        return '<%s.%s: %r>' % (type(self).__name__, self._name_, self._value_)

    def __str__(self):
        if self._name_ is None:
            return '%s(%r)' % (type(self).__name__, self._value_)
        return '%s.%s' % (type(self).__name__, self._name_)

    def __contains__(self, other):
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return iter([m for m in type(self) if _single_bit(m._value_) and m._value_ & self._value_ == m._value_])

    def __len__(self):
        return len(list(self.__iter__()))

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        return type(self)(self._value_ | _val(other))

    def __and__(self, other):
        return type(self)(self._value_ & _val(other))

    def __xor__(self, other):
        return type(self)(self._value_ ^ _val(other))

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        all_bits = 0
        for m in type(self):
            all_bits |= m._value_
        return type(self)(all_bits & ~self._value_)

    def __hash__(self):
        return hash(self._value_)


class IntFlag(int, ReprEnum, Flag):
    """Support for integer-based Flags."""

    _keep_bits_ = True

    def __str__(self):
        return str(self._value_)

    def __format__(self, spec):
        return format(self._value_, spec)

    def __hash__(self):
        return hash(self._value_)


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member._name_:
            duplicates.append((name, member._name_))
    if duplicates:
        alias_details = ', '.join(["%s -> %s" % (alias, name) for (alias, name) in duplicates])
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration
