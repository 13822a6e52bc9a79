# collections.abc: isinstance checks and mixin methods
from collections import abc
checks = [([], abc.Sequence), ((), abc.MutableSequence), ({}, abc.Mapping), ({}, abc.MutableMapping),
          (set(), abc.Set), (frozenset(), abc.MutableSet), ('s', abc.Sequence), (b'b', abc.ByteString),
          (iter([]), abc.Iterator), ([], abc.Iterable), (len, abc.Callable), ((x for x in []), abc.Generator),
          ({}.keys(), abc.KeysView), (range(3), abc.Sequence), (5, abc.Hashable), ([], abc.Hashable)]
for obj, cls in checks:
    print(type(obj).__name__, cls.__name__, isinstance(obj, cls))
class Registry(abc.Mapping):
    def __init__(self, **kw):
        self._d = dict(kw)
    def __getitem__(self, k):
        return self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
r = Registry(a=1, b=2)
print(r['a'], r.get('z', 0), 'b' in r, sorted(r.keys()), sorted(r.items()), r == {'a': 1, 'b': 2})
class Bits(abc.MutableSet):
    def __init__(self, it=()):
        self.v = 0
        for x in it:
            self.add(x)
    def __contains__(self, x):
        return bool(self.v >> x & 1)
    def __iter__(self):
        return (i for i in range(self.v.bit_length()) if x_in(self, i))
    def __len__(self):
        return bin(self.v).count('1')
    def add(self, x):
        self.v |= 1 << x
    def discard(self, x):
        self.v &= ~(1 << x)
def x_in(s, i):
    return i in s
b = Bits([1, 3, 5])
b2 = Bits([3, 4])
print(sorted(b), len(b), 3 in b, sorted(b & b2), sorted(b | b2), sorted(b - b2), b.isdisjoint(Bits([0])))
b.remove(1)
print(sorted(b), b.pop() in (3, 5))
class Countdown(abc.Iterator):
    def __init__(self, n):
        self.n = n
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(Countdown(3)), iter(Countdown(1)).__class__.__name__)
try:
    class Incomplete(abc.Sequence):
        pass
    Incomplete()
except TypeError as e:
    print(type(e).__name__)
print(issubclass(list, abc.Reversible), issubclass(dict, abc.Reversible), issubclass(str, abc.Container))
