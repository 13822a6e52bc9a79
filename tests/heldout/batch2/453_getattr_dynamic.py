class Config:
    def __init__(self, **kw):
        self.__dict__["_data"] = dict(kw)
    def __getattr__(self, name):
        try:
            return self._data[name]
        except KeyError:
            raise AttributeError(f"no config key {name!r}") from None
    def __setattr__(self, name, value):
        self._data[name] = value
    def __delattr__(self, name):
        del self._data[name]
c = Config(host="localhost", port=80)
print(c.host, c.port)
c.debug = True
print(sorted(c._data.items()))
del c.port
try:
    c.port
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(c, "host"), getattr(c, "nope", None), hasattr(c, "debug"))
class Obj:
    pass
o = Obj()
setattr(o, "x", 5)
print(o.x, vars(o))
delattr(o, "x")
print(hasattr(o, "x"))
