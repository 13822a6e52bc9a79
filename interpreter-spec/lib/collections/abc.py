"""collections.abc for Pyrite: abstract base classes for containers.

Written for Pyrite (not CPython's source).  A user class counts as a
subclass when it (or a base) defines the required methods, as in CPython;
the builtin types are registered explicitly, since Pyrite's builtin types
do not expose their slot methods as attributes.
"""

from abc import ABCMeta, abstractmethod

__all__ = ["Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator", "AsyncGenerator",
           "Hashable", "Iterable", "Iterator", "Generator", "Reversible", "Sized",
           "Container", "Callable", "Collection", "Set", "MutableSet", "Mapping",
           "MutableMapping", "MappingView", "KeysView", "ItemsView", "ValuesView",
           "Sequence", "MutableSequence", "ByteString"]


# What object.__dict__ holds in CPython (Pyrite's object has no __dict__).
_object_dict = {'__hash__': True, '__eq__': True, '__init__': True, '__repr__': True}
_unhashable = (list, dict, set, bytearray)


def _check_methods(C, *methods):
    mro = C.__mro__
    for method in methods:
        for B in mro:
            if B is object:
                d = _object_dict
            else:
                try:
                    d = B.__dict__
                except AttributeError:
                    if B in _unhashable and method == '__hash__':
                        return NotImplemented
                    continue
            if method in d:
                if d[method] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


def _hook(cls, C, base, methods):
    if cls is base:
        return _check_methods(C, *methods)
    return NotImplemented


class Hashable(metaclass=ABCMeta):
    @abstractmethod
    def __hash__(self):
        return 0

    @classmethod
    def __subclasshook__(cls, C):
        return _hook(cls, C, Hashable, ('__hash__',))


class Iterable(metaclass=ABCMeta):
    @abstractmethod
    def __iter__(self):
        while False:
            yield None

    @classmethod
    def __subclasshook__(cls, C):
        return _hook(cls, C, Iterable, ('__iter__',))


class Iterator(Iterable):
    @abstractmethod
    def __next__(self):
        raise StopIteration

    def __iter__(self):
        return self

    @classmethod
    def __subclasshook__(cls, C):
        return _hook(cls, C, Iterator, ('__iter__', '__next__'))


class Reversible(Iterable):
    @abstractmethod
    def __reversed__(self):
        while False:
            yield None

    @classmethod
    def __subclasshook__(cls, C):
        return _hook(cls, C, Reversible, ('__reversed__', '__iter__'))


class Generator(Iterator):
    def __next__(self):
        return self.send(None)

    @abstractmethod
    def send(self, value):
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        raise typ

    def close(self):
        pass

    @classmethod
    def __subclasshook__(cls, C):
        return _hook(cls, C, Generator, ('__iter__', '__next__', 'send', 'throw', 'close'))


class Sized(metaclass=ABCMeta):
    @abstractmethod
    def __len__(self):
        return 0

    @classmethod
    def __subclasshook__(cls, C):
        return _hook(cls, C, Sized, ('__len__',))


class Container(metaclass=ABCMeta):
    @abstractmethod
    def __contains__(self, x):
        return False

    @classmethod
    def __subclasshook__(cls, C):
        return _hook(cls, C, Container, ('__contains__',))


class Collection(Sized, Iterable, Container):
    @classmethod
    def __subclasshook__(cls, C):
        return _hook(cls, C, Collection, ('__len__', '__iter__', '__contains__'))


class Callable(metaclass=ABCMeta):
    @abstractmethod
    def __call__(self, *args, **kwds):
        return False

    @classmethod
    def __subclasshook__(cls, C):
        return _hook(cls, C, Callable, ('__call__',))


class Sequence(Reversible, Collection):
    @abstractmethod
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        i = 0
        try:
            while True:
                v = self[i]
                yield v
                i += 1
        except IndexError:
            return

    def __contains__(self, value):
        for v in self:
            if v is value or v == value:
                return True
        return False

    def __reversed__(self):
        for i in reversed(range(len(self))):
            yield self[i]

    def index(self, value, start=0, stop=None):
        i = start
        while stop is None or i < stop:
            try:
                v = self[i]
            except IndexError:
                break
            if v is value or v == value:
                return i
            i += 1
        raise ValueError

    def count(self, value):
        return sum(1 for v in self if v is value or v == value)


class MutableSequence(Sequence):
    @abstractmethod
    def __setitem__(self, index, value):
        raise IndexError

    @abstractmethod
    def __delitem__(self, index):
        raise IndexError

    @abstractmethod
    def insert(self, index, value):
        raise IndexError

    def append(self, value):
        self.insert(len(self), value)

    def clear(self):
        try:
            while True:
                self.pop()
        except IndexError:
            pass

    def reverse(self):
        n = len(self)
        for i in range(n // 2):
            self[i], self[n - i - 1] = self[n - i - 1], self[i]

    def extend(self, values):
        if values is self:
            values = list(values)
        for v in values:
            self.append(v)

    def pop(self, index=-1):
        v = self[index]
        del self[index]
        return v

    def remove(self, value):
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


class ByteString(Sequence):
    pass


class Set(Collection):
    def __le__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) > len(other):
            return False
        for elem in self:
            if elem not in other:
                return False
        return True

    def __lt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) < len(other) and self.__le__(other)

    def __ge__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) < len(other):
            return False
        for elem in other:
            if elem not in self:
                return False
        return True

    def __gt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) > len(other) and self.__ge__(other)

    def __eq__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) == len(other) and self.__le__(other)

    @classmethod
    def _from_iterable(cls, it):
        return cls(it)

    def __and__(self, other):
        return self._from_iterable([value for value in other if value in self])

    def isdisjoint(self, other):
        for value in other:
            if value in self:
                return False
        return True

    def __or__(self, other):
        chain = [e for s in (self, other) for e in s]
        return self._from_iterable(chain)

    def __sub__(self, other):
        return self._from_iterable([value for value in self if value not in other])

    def __xor__(self, other):
        return (self - other) | (other - self)


class MutableSet(Set):
    @abstractmethod
    def add(self, value):
        raise NotImplementedError

    @abstractmethod
    def discard(self, value):
        raise NotImplementedError

    def remove(self, value):
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        it = iter(self)
        try:
            value = next(it)
        except StopIteration:
            raise KeyError from None
        self.discard(value)
        return value

    def clear(self):
        try:
            while True:
                self.pop()
        except KeyError:
            pass


class Mapping(Collection):
    @abstractmethod
    def __getitem__(self, key):
        raise KeyError

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        else:
            return True

    def keys(self):
        return [k for k in self]

    def items(self):
        return [(k, self[k]) for k in self]

    def values(self):
        return [self[k] for k in self]

    def __eq__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __reversed__ = None


class MutableMapping(Mapping):
    @abstractmethod
    def __setitem__(self, key, value):
        raise KeyError

    @abstractmethod
    def __delitem__(self, key):
        raise KeyError

    _marker = object()

    def pop(self, key, default=_marker):
        try:
            value = self[key]
        except KeyError:
            if default is self._marker:
                raise
            return default
        else:
            del self[key]
            return value

    def popitem(self):
        try:
            key = next(iter(self))
        except StopIteration:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        try:
            while True:
                self.popitem()
        except KeyError:
            pass

    def update(self, other=(), /, **kwds):
        if isinstance(other, Mapping) or hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default


class MappingView(Sized):
    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)


class KeysView(MappingView, Set):
    pass


class ItemsView(MappingView, Set):
    pass


class ValuesView(MappingView, Collection):
    pass


class Awaitable(metaclass=ABCMeta):
    pass


class Coroutine(Awaitable):
    pass


class AsyncIterable(metaclass=ABCMeta):
    pass


class AsyncIterator(AsyncIterable):
    pass


class AsyncGenerator(AsyncIterator):
    pass


_iter_type = type(iter([]))


def _register(abc, *types):
    for t in types:
        if t is _iter_type and abc not in (Iterator, Iterable):
            # Pyrite's dict views share the iterator type: never register
            # them as sized or set-like.
            continue
        abc.register(t)


_gen_type = type((lambda: (yield))())
_builtin_fn = type(len)
_fn = type(_register)
_dict_keys = type({}.keys())
_dict_values = type({}.values())
_dict_items = type({}.items())
_register(Hashable, int, float, complex, bool, str, bytes, tuple, frozenset, type(None), type, range, _fn, _builtin_fn)
_register(Iterable, list, tuple, str, bytes, bytearray, dict, set, frozenset, range, _dict_keys, _dict_values, _dict_items)
_register(Iterator, _gen_type, type(iter([])), type(iter(())), type(iter('')), type(iter(range(0))),
          type(iter({})), type(iter(set())), type(enumerate([])), type(zip()), type(map(len, [])),
          type(filter(None, [])))
_register(Generator, _gen_type)
_register(Reversible, list, tuple, str, bytes, bytearray, range, dict)
_register(Sized, list, tuple, str, bytes, bytearray, dict, set, frozenset, range, _dict_keys, _dict_values, _dict_items)
_register(Container, list, tuple, str, bytes, bytearray, dict, set, frozenset, range, _dict_keys, _dict_values, _dict_items)
_register(Collection, list, tuple, str, bytes, bytearray, dict, set, frozenset, range, _dict_keys, _dict_values, _dict_items)
_register(Callable, _fn, _builtin_fn, type)
_register(Sequence, list, tuple, str, bytes, bytearray, range)
_register(MutableSequence, list, bytearray)
_register(ByteString, bytes, bytearray)
_register(Set, set, frozenset, _dict_keys, _dict_items)
_register(MutableSet, set)
_register(Mapping, dict)
_register(MutableMapping, dict)
_register(KeysView, _dict_keys)
_register(ValuesView, _dict_values)
_register(ItemsView, _dict_items)
