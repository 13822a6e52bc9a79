# __getattr__ as a fallback, __setattr__ interception, and the builtin
# getattr/setattr/hasattr/delattr functions.
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        print("fallback", name)
        return getattr(self._target, name)
class Rec:
    pass
r = Rec()
r.color = "red"
p = Proxy(r)
print(p.color, p._target is r, hasattr(p, "missing") if False else "skip")
try:
    p.size
except AttributeError as e:
    print("AttributeError:", e)
class Dyn:
    def __getattr__(self, name):
        if name.startswith("get_"):
            return lambda: name[4:]
        raise AttributeError(f"no {name}")
d = Dyn()
print(d.get_x(), d.get_value(), hasattr(d, "other"), getattr(d, "other", "dflt"))
class Logged:
    def __setattr__(self, name, value):
        print("set", name, value)
        super().__setattr__(name, value * 2)
l = Logged()
l.a = 5
print(l.a)
setattr(r, "size", 3)
print(getattr(r, "size"), hasattr(r, "size"), getattr(r, "nope", None))
delattr(r, "size")
print(hasattr(r, "size"))
try:
    getattr(r, "nope")
except AttributeError as e:
    print("AttributeError:", e)
