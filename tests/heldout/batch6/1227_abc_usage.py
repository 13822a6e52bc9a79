from abc import ABC, abstractmethod, ABCMeta
import collections.abc as cabc


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @property
    @abstractmethod
    def name(self):
        ...

    def describe(self):
        return f"{self.name} with area {self.area():.2f}"


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2

    @property
    def name(self):
        return "square"


class Incomplete(Shape):
    def area(self):
        return 0


print(Square(3).describe())
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
try:
    Incomplete()
except TypeError as e:
    print("TypeError:", e)
print(isinstance(Square(1), Shape), issubclass(Square, ABC), sorted(Shape.__abstractmethods__), sorted(Incomplete.__abstractmethods__))


class Plugin(metaclass=ABCMeta):
    @abstractmethod
    def run(self):
        pass


class External:
    def run(self):
        return "external"


Plugin.register(External)
print(isinstance(External(), Plugin), issubclass(External, Plugin))


class Sized(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return any("__len__" in B.__dict__ for B in C.__mro__)
        return NotImplemented


print(isinstance([], Sized), isinstance(5, Sized), issubclass(dict, Sized))
print(isinstance([], cabc.Sequence), isinstance({}, cabc.Mapping), isinstance({}, cabc.MutableMapping), isinstance((), cabc.MutableSequence))
print(isinstance("s", cabc.Iterable), isinstance(iter([]), cabc.Iterator), isinstance(len, cabc.Callable), isinstance(5, cabc.Hashable), isinstance([], cabc.Hashable))
print(isinstance((x for x in []), cabc.Generator), isinstance(set(), cabc.Set), isinstance(range(3), cabc.Sequence))


class MyList(cabc.Sequence):
    def __init__(self, data):
        self.data = data

    def __getitem__(self, i):
        return self.data[i]

    def __len__(self):
        return len(self.data)


ml = MyList([3, 1, 4, 1])
print(ml.index(4), ml.count(1), 4 in ml, list(reversed(ml)), list(ml))


class Registry(cabc.MutableMapping):
    def __init__(self):
        self._d = {}

    def __getitem__(self, k):
        return self._d[k.lower()]

    def __setitem__(self, k, v):
        self._d[k.lower()] = v

    def __delitem__(self, k):
        del self._d[k.lower()]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


r = Registry()
r["Key"] = 1
r.update({"OTHER": 2})
print(r["KEY"], dict(r.items()), r.get("missing", 0), r.pop("other"), len(r), "key" in r)
r.setdefault("New", 5)
print(sorted(r.keys()))
