# __setattr__, __delattr__ and __getattr__ hooks.
class Strict:
    allowed = ("x", "y")
    def __setattr__(self, name, value):
        if name not in self.allowed:
            raise AttributeError("cannot set " + name)
        print("set", name, value)
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print("del", name)
        object.__delattr__(self, name)
s = Strict()
s.x = 1
s.y = 2
try:
    s.z = 3
except AttributeError as e:
    print("AttributeError:", e)
del s.x
print(hasattr(s, "x"), s.y)
class Record:
    def __init__(self, **fields):
        object.__setattr__(self, "_fields", dict(fields))
    def __getattr__(self, name):
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(name) from None
    def __setattr__(self, name, value):
        self._fields[name] = value
r = Record(a=1)
r.b = 2
print(r.a, r.b, r._fields, getattr(r, "c", "missing"))
