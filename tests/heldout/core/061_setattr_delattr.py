class Frozen:
    def __init__(self, **kw):
        for k, v in kw.items():
            object.__setattr__(self, k, v)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name}")
    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name}")
f = Frozen(a=1)
print(f.a)
for op in [lambda: setattr(f, "a", 2), lambda: delattr(f, "a")]:
    try:
        op()
    except AttributeError as e:
        print(type(e).__name__, e)
class Track:
    def __init__(self):
        self.log = []
    def __setattr__(self, name, value):
        if name != "log":
            self.log.append(name)
        super().__setattr__(name, value)
t = Track()
t.x = 1; t.y = 2; t.x = 3
print(t.log, t.x)
class O: pass
o = O()
setattr(o, "k", 5)
print(getattr(o, "k"), vars(o))
delattr(o, "k")
print(vars(o))
