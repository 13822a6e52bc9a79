class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        print("getattr", name)
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.sort()
print(p._target, p.count(1))
class Dyn:
    real = 1
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:]
        raise AttributeError(f"no attribute {name}")
d = Dyn()
print(d.real, d.dyn_hello)
try:
    d.other
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(d, "other", "default"), hasattr(d, "dyn_x"))
class Logged:
    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        return object.__getattribute__(self, name)
l = Logged(); l.secret = "real"; l.open = 1
print(l.secret, l.open)
