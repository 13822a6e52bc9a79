# dict subclasses: __missing__, overridden item access, super() and
# unbound dict methods, attributes, and collections-style classes.
class D(dict):
    def __missing__(self, key):
        return 0

d = D(a=1)
d["b"] += 2
print(d, len(d), isinstance(d, dict), d["zz"], sorted(d), d.get("a"), list(d.items()))
print(type(d).__name__, d == {"a": 1, "b": 2}, {"a": 1, "b": 2} == d, "zz" in d, d.copy(), type(d.copy()))


class DefaultDict(dict):
    def __init__(self, factory, *args, **kw):
        super().__init__(*args, **kw)
        self.factory = factory

    def __missing__(self, key):
        v = self[key] = self.factory()
        return v

    def __repr__(self):
        return f"DefaultDict({self.factory!r}, {dict.__repr__(self)})"


dd = DefaultDict(list, [("q", [0])])
dd["x"].append(1)
dd["y"]
print(dd, dd.factory, "x" in dd, dict(dd), dd == {"q": [0], "x": [1], "y": []})
print(dd.__dict__, vars(dd), dict.__len__(dd), dict.keys(dd))


class Counter(dict):
    def __init__(self, iterable=None, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def update(self, iterable=None, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict):
                for elem, count in iterable.items():
                    self[elem] = count + self.get(elem, 0)
            else:
                for elem in iterable:
                    self[elem] += 1
        if kwds:
            self.update(kwds)

    def most_common(self, n=None):
        items = sorted(self.items(), key=lambda kv: kv[1], reverse=True)
        return items if n is None else items[:n]

    def __repr__(self):
        if not self:
            return f"{self.__class__.__name__}()"
        return f"{self.__class__.__name__}({dict(self.most_common())!r})"


c = Counter("abracadabra", z=5)
print(c, c["a"], c["q"], c.most_common(2), len(c), "q" in c, Counter())


class OrderedDict(dict):
    def move_to_end(self, key, last=True):
        v = self.pop(key)
        if last:
            self[key] = v
        else:
            items = list(self.items())
            self.clear()
            self[key] = v
            for k, x in items:
                self[k] = x

    def __repr__(self):
        return f"OrderedDict({list(self.items())!r})"


od = OrderedDict(a=1, b=2, c=3)
od.move_to_end("a")
od.move_to_end("c", last=False)
print(od, list(od), od.popitem(), od)


class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)

    def __getitem__(self, k):
        return super().__getitem__(k.upper())


u = Upper()
u["ab"] = 1
print(u["AB"], u["ab"], u, dict.__getitem__(u, "AB"), u.get("ab"))
try:
    u["zz"]
except KeyError as e:
    print("KeyError", e)
del u["AB"]
print(u, bool(u), D.fromkeys("ab", 7), type(D.fromkeys("ab")).__name__)
print(D(a=1) | {"b": 2}, {"b": 2} | D(a=1), {**D(x=1)}, dict(**D(y=2)))
x = D(k=1)
x |= {"j": 2}
print(x, type(x).__name__, list(reversed(x)))
try:
    hash(D())
except TypeError as e:
    print(e)
