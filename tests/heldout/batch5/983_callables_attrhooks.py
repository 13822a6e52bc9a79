# callable objects and attribute access hooks
class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x):
        return x * self.k
double = Multiplier(2)
print(double(21), callable(double), callable(5), list(map(double, [1, 2])))
class Record:
    def __init__(self, **fields):
        self.__dict__["_fields"] = dict(fields)
    def __getattr__(self, name):
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(f"no field {name!r}") from None
    def __setattr__(self, name, value):
        if name.startswith("_"):
            raise AttributeError("private")
        self._fields[name] = value
    def __delattr__(self, name):
        del self._fields[name]
    def __dir__(self):
        return sorted(self._fields)
r = Record(a=1, b=2)
r.c = 3
print(r.a, r.c, getattr(r, "zz", "default"), hasattr(r, "b"), dir(r))
del r.a
print(hasattr(r, "a"))
try:
    r.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    r._x = 1
except AttributeError as e:
    print(type(e).__name__, e)
class Tracer:
    def __init__(self):
        self.real = 10
    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        return object.__getattribute__(self, name)
t = Tracer()
print(t.real, t.secret)
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "log", [])
    def __getattr__(self, name):
        self.log.append(name)
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p.log)
setattr(r, "dyn", 99)
print(getattr(r, "dyn"), r._fields)
