"""collections for Pyrite: deque, namedtuple, OrderedDict, defaultdict,
Counter, ChainMap.

Written for Pyrite (not CPython's source).  Pyrite cannot subclass the
builtin types yet, so namedtuple classes are not tuple subclasses and the
dict-like classes wrap a dict (`_data`) instead of being dict subclasses:
`isinstance(x, tuple)` / `isinstance(x, dict)` is False for them.  Their
values, reprs and errors follow CPython 3.11.
"""

import sys as _sys
from keyword import iskeyword as _iskeyword
from operator import itemgetter as _itemgetter

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'defaultdict', 'deque', 'namedtuple']


################################################################ deque

class deque:
    """deque([iterable[, maxlen]]) --> deque object

    A list-like sequence optimized for data accesses near its endpoints."""

    # Items live in self._items[self._head:]; the free prefix lets
    # appendleft and popleft run in amortised constant time.  _items is
    # never rebound (only changed in place), so an unbounded deque can
    # make `append` the list's own bound method (no Python frame).

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._items = []
        self._head = 0
        self._maxlen = maxlen
        if maxlen is None:
            self.append = self._items.append
        if iterable is not ():
            self.extend(iterable)

    @property
    def maxlen(self):
        return self._maxlen

    def __len__(self):
        return len(self._items) - self._head

    def __bool__(self):
        return len(self._items) > self._head

    def append(self, x):
        self._items.append(x)
        if self._maxlen is not None and len(self._items) - self._head > self._maxlen:
            self.popleft()

    def appendleft(self, x):
        if self._head == 0:
            grow = len(self._items) + 8
            self._items[0:0] = [None] * grow
            self._head = grow
        self._head -= 1
        self._items[self._head] = x
        if self._maxlen is not None and len(self._items) - self._head > self._maxlen:
            self._items.pop()

    def pop(self):
        if len(self._items) <= self._head:
            raise IndexError('pop from an empty deque')
        x = self._items.pop()
        if len(self._items) == self._head:
            self._items.clear()
            self._head = 0
        return x

    def popleft(self):
        items = self._items
        h = self._head
        n = len(items)
        if n <= h:
            raise IndexError('pop from an empty deque')
        x = items[h]
        h += 1
        if h == n:
            items.clear()
            self._head = 0
        elif h > 32 and h * 2 > n:
            del items[:h]
            self._head = 0
        else:
            items[h - 1] = None
            self._head = h
        return x

    def extend(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        if self._maxlen is None:
            self._items.extend(iterable)
        else:
            for x in iterable:
                self.append(x)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        self._items.clear()
        self._head = 0

    def copy(self):
        return deque(self, self._maxlen)

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        d = deque((), self._maxlen)
        memo[id(self)] = d
        d.extend([deepcopy(x, memo) for x in self])
        return d

    def count(self, x):
        n = 0
        for y in self:
            if y is x or y == x:
                n += 1
        return n

    def index(self, x, start=0, stop=None):
        n = len(self)
        if stop is None or stop > n:
            stop = n
        if start < 0:
            start = max(0, start + n)
        if stop < 0:
            stop += n
        for i in range(start, stop):
            y = self._items[self._head + i]
            if y is x or y == x:
                return i
        raise ValueError(repr(x) + ' is not in deque')

    def insert(self, i, x):
        if self._maxlen is not None and len(self) >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        n = len(self)
        if i < 0:
            i = max(0, i + n)
        if i > n:
            i = n
        self._items.insert(self._head + i, x)

    def remove(self, value):
        for i in range(len(self)):
            y = self._items[self._head + i]
            if y is value or y == value:
                del self._items[self._head + i]
                return
        raise ValueError('%r is not in deque' % (value,))

    def reverse(self):
        del self._items[:self._head]
        self._head = 0
        self._items.reverse()

    def rotate(self, n=1):
        size = len(self)
        if size <= 1:
            return
        n = n % size
        if n == 0:
            return
        rest = self._items[self._head:]
        self._items[:] = rest[size - n:] + rest[:size - n]
        self._head = 0

    def _index(self, i):
        n = len(self._items) - self._head
        if not isinstance(i, int):
            raise TypeError("sequence index must be integer, not '%s'" % type(i).__name__)
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError('deque index out of range')
        return self._head + i

    def __getitem__(self, i):
        return self._items[self._index(i)]

    def __setitem__(self, i, x):
        self._items[self._index(i)] = x

    def __delitem__(self, i):
        del self._items[self._index(i)]

    def __iter__(self):
        items = self._items
        i = self._head
        while i < len(items):
            yield items[i]
            i += 1

    def __reversed__(self):
        i = len(self._items) - 1
        while i >= self._head:
            yield self._items[i]
            i -= 1

    def __contains__(self, x):
        for y in self:
            if y is x or y == x:
                return True
        return False

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items[self._head:] == other._items[other._head:]

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items[self._head:] != other._items[other._head:]

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items[self._head:] < other._items[other._head:]

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items[self._head:] <= other._items[other._head:]

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items[self._head:] > other._items[other._head:]

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items[self._head:] >= other._items[other._head:]

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque' % type(other).__name__)
        d = deque(self, self._maxlen)
        d.extend(other)
        return d

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        d = deque((), self._maxlen)
        for _ in range(n):
            d.extend(self._items[self._head:])
        return d

    def __repr__(self):
        items = self._items[self._head:]
        if self._maxlen is None:
            return 'deque(%r)' % (items,)
        return 'deque(%r, maxlen=%d)' % (items, self._maxlen)


################################################################ namedtuple

class _NamedTuple:
    """Base of namedtuple classes: an immutable sequence held in `_t`."""

    _fields = ()
    _field_defaults = {}

    def __init__(self, *args, **kwargs):
        cls = type(self)
        fields = cls._fields
        n = len(fields)
        if len(args) > n:
            raise TypeError('%s.__new__() takes %d positional arguments but %d were given'
                            % (cls.__name__, n + 1, len(args) + 1))
        values = list(args)
        missing = []
        defaults = cls._field_defaults
        for i in range(len(args), n):
            name = fields[i]
            if name in kwargs:
                values.append(kwargs.pop(name))
            elif name in defaults:
                values.append(defaults[name])
            else:
                values.append(None)
                missing.append(name)
        for name in kwargs:
            if name in fields:
                raise TypeError("%s.__new__() got multiple values for argument '%s'" % (cls.__name__, name))
            raise TypeError("%s.__new__() got an unexpected keyword argument '%s'" % (cls.__name__, name))
        if missing:
            if len(missing) == 1:
                names = "'%s'" % missing[0]
            elif len(missing) == 2:
                names = "'%s' and '%s'" % (missing[0], missing[1])
            else:
                names = ', '.join(["'%s'" % m for m in missing[:-1]]) + ", and '%s'" % missing[-1]
            raise TypeError('%s.__new__() missing %d required positional argument%s: %s'
                            % (cls.__name__, len(missing), '' if len(missing) == 1 else 's', names))
        object.__setattr__(self, '_t', tuple(values))

    @classmethod
    def _make(cls, iterable):
        values = tuple(iterable)
        if len(values) != len(cls._fields):
            raise TypeError('Expected %d arguments, got %d' % (len(cls._fields), len(values)))
        return cls(*values)

    def _replace(self, **kwds):
        values = list(self._t)
        for i in range(len(self._fields)):
            name = self._fields[i]
            if name in kwds:
                values[i] = kwds.pop(name)
        if kwds:
            raise ValueError('Got unexpected field names: %r' % list(kwds))
        return type(self)(*values)

    def _asdict(self):
        return dict(zip(self._fields, self._t))

    def __getnewargs__(self):
        return self._t

    def __setattr__(self, name, value):
        if name in type(self)._fields:
            raise AttributeError("can't set attribute")
        raise AttributeError("'%s' object has no attribute '%s'" % (type(self).__name__, name))

    def __repr__(self):
        parts = []
        for i in range(len(self._fields)):
            parts.append('%s=%r' % (self._fields[i], self._t[i]))
        return '%s(%s)' % (type(self).__name__, ', '.join(parts))

    def __len__(self):
        return len(self._t)

    def __iter__(self):
        return iter(self._t)

    def __getitem__(self, i):
        return self._t[i]

    def __contains__(self, x):
        return x in self._t

    def __hash__(self):
        return hash(self._t)

    def __eq__(self, other):
        return self._t == _as_tuple(other)

    def __ne__(self, other):
        return self._t != _as_tuple(other)

    def __lt__(self, other):
        return self._t < _as_tuple(other)

    def __le__(self, other):
        return self._t <= _as_tuple(other)

    def __gt__(self, other):
        return self._t > _as_tuple(other)

    def __ge__(self, other):
        return self._t >= _as_tuple(other)

    def __add__(self, other):
        return self._t + _as_tuple(other)

    def __radd__(self, other):
        return _as_tuple(other) + self._t

    def __mul__(self, n):
        return self._t * n

    def count(self, x):
        return self._t.count(x)

    def index(self, x, *args):
        return self._t.index(x, *args)


def _as_tuple(v):
    if isinstance(v, _NamedTuple):
        return v._t
    return v


def _field_property(index, doc):
    def get(self):
        return self._t[index]
    return property(get, doc=doc)


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new class with named fields (not a tuple subclass in Pyrite)."""
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = str(typename)
    if rename:
        seen = set()
        for index in range(len(field_names)):
            name = field_names[index]
            if (not name.isidentifier() or _iskeyword(name) or name.startswith('_') or name in seen):
                field_names[index] = '_%d' % index
            seen.add(name)
    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid identifiers: %r' % name)
        if _iskeyword(name):
            raise ValueError('Type names and field names cannot be a keyword: %r' % name)
    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: %r' % name)
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r' % name)
        seen.add(name)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        start = len(field_names) - len(defaults)
        for i in range(len(defaults)):
            field_defaults[field_names[start + i]] = defaults[i]
    ns = {
        '__doc__': '%s(%s)' % (typename, ', '.join(field_names)),
        '_fields': tuple(field_names),
        '_field_defaults': field_defaults,
        '__module__': '__main__' if module is None else module,
    }
    for index in range(len(field_names)):
        ns[field_names[index]] = _field_property(index, 'Alias for field number %d' % index)
    return type(typename, (_NamedTuple,), ns)


################################################################ dict-like classes

class _DictLike:
    """The mapping protocol over a wrapped dict `_data` (insertion-ordered)."""

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def __contains__(self, key):
        return key in self._data

    def __getitem__(self, key):
        d = self._data
        if key in d:
            return d[key]
        return self.__missing__(key)

    def __missing__(self, key):
        raise KeyError(key)

    def __setitem__(self, key, value):
        self._data[key] = value

    def __delitem__(self, key):
        del self._data[key]

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def get(self, key, default=None):
        return self._data.get(key, default)

    def pop(self, key, *default):
        return self._data.pop(key, *default)

    def popitem(self):
        return self._data.popitem()

    def setdefault(self, key, default=None):
        return self._data.setdefault(key, default)

    def update(self, other=(), /, **kwds):
        if isinstance(other, _DictLike):
            other = other._data
        if hasattr(other, 'keys'):
            for k in other.keys():
                self[k] = other[k]
        else:
            for k, v in other:
                self[k] = v
        for k, v in kwds.items():
            self[k] = v

    def clear(self):
        self._data.clear()

    def __eq__(self, other):
        if isinstance(other, _DictLike):
            return self._data == other._data
        if isinstance(other, dict):
            return self._data == other
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    __hash__ = None

    def __or__(self, other):
        if not isinstance(other, (dict, _DictLike)):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


class OrderedDict(_DictLike):
    """Dictionary that remembers insertion order, with move_to_end and popitem(last)."""

    def __init__(self, other=(), /, **kwds):
        self._data = {}
        self.update(other, **kwds)

    def move_to_end(self, key, last=True):
        d = self._data
        value = d.pop(key)
        if last:
            d[key] = value
        else:
            rest = list(d.items())
            d.clear()
            d[key] = value
            for k, v in rest:
                d[k] = v

    def popitem(self, last=True):
        if not self._data:
            raise KeyError('dictionary is empty')
        if last:
            return self._data.popitem()
        key = next(iter(self._data))
        return (key, self._data.pop(key))

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return list(self._data.items()) == list(other._data.items())
        return _DictLike.__eq__(self, other)

    def __reversed__(self):
        return reversed(list(self._data))

    def copy(self):
        return OrderedDict(self._data)

    def __repr__(self):
        if not self._data:
            return 'OrderedDict()'
        return 'OrderedDict(%r)' % (list(self._data.items()),)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        d = cls()
        for k in iterable:
            d[k] = value
        return d


class defaultdict(_DictLike):
    """defaultdict(default_factory=None, /, [...]) --> dict with default factory."""

    def __init__(self, default_factory=None, other=(), /, **kwds):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        self._data = {}
        self.update(other, **kwds)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self._data[key] = value
        return value

    def copy(self):
        return defaultdict(self.default_factory, self._data)

    __copy__ = copy

    def __repr__(self):
        f = self.default_factory
        if f is None:
            fr = 'None'
        elif isinstance(f, type):
            fr = repr(f)
        else:
            fr = repr(f)
        return 'defaultdict(%s, %r)' % (fr, self._data)


class Counter(_DictLike):
    """Dict subclass for counting hashable items (a wrapper in Pyrite)."""

    def __init__(self, iterable=None, /, **kwds):
        self._data = {}
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self._data.values())

    def most_common(self, n=None):
        items = sorted(self._data.items(), key=_itemgetter(1), reverse=True)
        if n is None:
            return items
        return items[:n] if n > 0 else []

    def elements(self):
        for elem, count in self._data.items():
            for _ in range(count):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError('Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        d = self._data
        if iterable is not None:
            if isinstance(iterable, (dict, _DictLike)):
                for elem, count in iterable.items():
                    d[elem] = d.get(elem, 0) + count
            else:
                for elem in iterable:
                    d[elem] = d.get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        d = self._data
        if iterable is not None:
            if isinstance(iterable, (dict, _DictLike)):
                for elem, count in iterable.items():
                    d[elem] = d.get(elem, 0) - count
            else:
                for elem in iterable:
                    d[elem] = d.get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        c = Counter()
        c._data = dict(self._data)
        return c

    __copy__ = copy

    def __delitem__(self, elem):
        if elem in self._data:
            del self._data[elem]

    def __repr__(self):
        if not self._data:
            return 'Counter()'
        parts = ['%r: %r' % (k, v) for k, v in self.most_common()]
        return 'Counter({%s})' % ', '.join(parts)

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for k in self._data:
            if self._data[k] != other[k]:
                return False
        for k in other._data:
            if other._data[k] != self[k]:
                return False
        return True

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self._data.items():
            newcount = count + other[elem]
            if newcount > 0:
                result._data[elem] = newcount
        for elem, count in other._data.items():
            if elem not in self._data and count > 0:
                result._data[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self._data.items():
            newcount = count - other[elem]
            if newcount > 0:
                result._data[elem] = newcount
        for elem, count in other._data.items():
            if elem not in self._data and count < 0:
                result._data[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self._data.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result._data[elem] = newcount
        for elem, count in other._data.items():
            if elem not in self._data and count > 0:
                result._data[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self._data.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result._data[elem] = newcount
        return result

    def __pos__(self):
        result = Counter()
        for elem, count in self._data.items():
            if count > 0:
                result._data[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self._data.items():
            if count < 0:
                result._data[elem] = 0 - count
        return result


class ChainMap(_DictLike):
    """A ChainMap groups multiple dicts (or other mappings) together."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    @property
    def _data(self):
        d = {}
        for mapping in reversed(self.maps):
            for k in mapping:
                d[k] = mapping[k]
        return d

    def __getitem__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return mapping[key]
        raise KeyError(key)

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError('Key not found in the first mapping: %r' % (key,))

    def new_child(self, m=None):
        if m is None:
            m = {}
        return ChainMap(m, *self.maps)

    @property
    def parents(self):
        return ChainMap(*self.maps[1:])

    def __repr__(self):
        return 'ChainMap(%s)' % ', '.join([repr(m) for m in self.maps])
