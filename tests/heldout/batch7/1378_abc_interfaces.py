from abc import ABC, abstractmethod
import collections.abc as cabc


class Storage(ABC):
    @abstractmethod
    def get(self, key):
        ...

    @abstractmethod
    def put(self, key, value):
        ...

    @property
    @abstractmethod
    def kind(self):
        ...

    def get_or(self, key, default):
        try:
            return self.get(key)
        except KeyError:
            return default


class MemoryStorage(Storage):
    def __init__(self):
        self.d = {}

    def get(self, key):
        return self.d[key]

    def put(self, key, value):
        self.d[key] = value

    @property
    def kind(self):
        return "memory"


class HalfDone(Storage):
    def get(self, key):
        return None


try:
    Storage()
except TypeError as e:
    print("TypeError:", e)
try:
    HalfDone()
except TypeError as e:
    print("TypeError:", e)
m = MemoryStorage()
m.put("a", 1)
print(m.get("a"), m.get_or("b", "default"), m.kind, isinstance(m, Storage))
print(sorted(Storage.__abstractmethods__), sorted(HalfDone.__abstractmethods__), MemoryStorage.__abstractmethods__)


class Sized(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return any("__len__" in B.__dict__ for B in C.__mro__)
        return NotImplemented


print(issubclass(list, Sized), issubclass(int, Sized), isinstance("abc", Sized))


class Plugin(ABC):
    pass


class External:
    pass


Plugin.register(External)
print(issubclass(External, Plugin), isinstance(External(), Plugin), External.__mro__[1].__name__)


class Deck(cabc.Sequence):
    def __init__(self):
        self.cards = ["A", "K", "Q"]

    def __getitem__(self, i):
        return self.cards[i]

    def __len__(self):
        return len(self.cards)


d = Deck()
print(list(reversed(d)), d.index("K"), d.count("Q"), "A" in d, isinstance(d, cabc.Iterable))
print(isinstance({}, cabc.Mapping), isinstance([], cabc.MutableSequence), isinstance((), cabc.MutableSequence))
print(isinstance(iter([]), cabc.Iterator), isinstance(len, cabc.Callable), isinstance(5, cabc.Hashable), isinstance([], cabc.Hashable))


class BadSeq(cabc.Sequence):
    def __len__(self):
        return 0


try:
    BadSeq()
except TypeError as e:
    print("TypeError:", e)
