# collections-style defaultdict and OrderedDict written as dict subclasses
# (copy via type(self), __or__, __eq__ through dict.__eq__, reversed).
class defaultdict(dict):
    def __init__(self, default_factory=None, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.default_factory = default_factory
    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        self[key] = value = self.default_factory()
        return value
    def __repr__(self):
        return f"defaultdict({self.default_factory!r}, {dict.__repr__(self)})"
    def copy(self):
        return type(self)(self.default_factory, self)
    __copy__ = copy
    def __reduce__(self):
        return (type(self), (self.default_factory,), None, None, iter(self.items()))
    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new
d = defaultdict(int)
for w in "a b a c b a".split():
    d[w] += 1
print(d, d.copy(), d | {"z": 9}, type(d | {"z": 9}).__name__)
e = defaultdict(None)
try:
    e["x"]
except KeyError as ex:
    print("KeyError", ex)
g = defaultdict(list, {"k": [1]}, extra=[2])
g["k"].append(3)
print(sorted(g.items()), g.default_factory.__name__)
class OrderedDict(dict):
    def __init__(self, *args, **kw):
        super().__init__()
        self.update(*args, **kw)
    def __setitem__(self, k, v):
        super().__setitem__(k, v)
    def move_to_end(self, key, last=True):
        v = self.pop(key)
        if last:
            self[key] = v
        else:
            rest = list(self.items())
            self.clear()
            self[key] = v
            self.update(rest)
    def popitem(self, last=True):
        if not self:
            raise KeyError("dictionary is empty")
        key = next(reversed(self)) if last else next(iter(self))
        return key, self.pop(key)
    def __repr__(self):
        if not self:
            return f"{type(self).__name__}()"
        return f"{type(self).__name__}({list(self.items())!r})"
    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(self) == list(other)
        return dict.__eq__(self, other)
od = OrderedDict([("a", 1), ("b", 2)], c=3)
od.move_to_end("a", last=False)
print(od, od.popitem(), od.popitem(last=False), od, od == {"b": 2}, OrderedDict() == OrderedDict(), OrderedDict())
