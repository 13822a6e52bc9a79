# collections.abc: isinstance/issubclass against builtins and duck-typed user classes
from collections import abc, deque


class Bag:
    def __init__(self):
        self.items = [1, 2]

    def __len__(self):
        return len(self.items)

    def __iter__(self):
        return iter(self.items)

    def __contains__(self, x):
        return x in self.items


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


def gen():
    yield 1


for name in ["Iterable", "Iterator", "Sized", "Container", "Collection", "Sequence",
             "MutableSequence", "Mapping", "MutableMapping", "Set", "Hashable", "Callable", "Generator"]:
    cls = getattr(abc, name)
    checks = [isinstance(v, cls) for v in ([], (), "s", {}, set(), 5, len, gen(), iter([]), Bag(), Countdown(1))]
    print(name.ljust(16), "".join("X" if c else "." for c in checks))
print(issubclass(Bag, abc.Collection), issubclass(Countdown, abc.Iterator), issubclass(int, abc.Iterable))


class MyMapping(abc.Mapping):
    def __init__(self, d):
        self.d = d

    def __getitem__(self, k):
        return self.d[k]

    def __iter__(self):
        return iter(self.d)

    def __len__(self):
        return len(self.d)


m = MyMapping({"a": 1, "b": 2})
print(m.get("a"), m.get("z", 0), "b" in m, "z" in m, sorted(m.keys()), isinstance(m, abc.Mapping))
try:
    abc.Sequence()
except TypeError as e:
    print("TypeError:", e)
