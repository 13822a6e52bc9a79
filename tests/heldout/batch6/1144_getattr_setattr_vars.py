class Config:
    debug = False

    def __init__(self):
        self.host = "localhost"
        self.port = 80


c = Config()
print(getattr(c, "host"), getattr(c, "debug"), getattr(c, "missing", "default"))
try:
    getattr(c, "missing")
except AttributeError as e:
    print("AttributeError:", e)
setattr(c, "port", 8080)
setattr(c, "timeout", 30)
print(c.port, c.timeout, hasattr(c, "timeout"), hasattr(c, "nope"))
delattr(c, "timeout")
print(hasattr(c, "timeout"), vars(c), c.__dict__ is vars(c))
vars(c)["injected"] = True
print(c.injected)
print(sorted(k for k in vars(Config) if not k.startswith("__")))
settings = {"host": "example.com", "port": 443, "debug": True}
for k, v in settings.items():
    setattr(c, k, v)
print(c.host, c.port, c.debug, Config.debug)
print([getattr(c, name) for name in ("host", "port")])


class Dispatcher:
    def handle_get(self, x):
        return f"GET {x}"

    def handle_post(self, x):
        return f"POST {x}"

    def dispatch(self, method, x):
        handler = getattr(self, f"handle_{method.lower()}", None)
        if handler is None:
            return f"unsupported {method}"
        return handler(x)


d = Dispatcher()
print(d.dispatch("GET", "/"), d.dispatch("post", "/api"), d.dispatch("DELETE", "/"))


class Dynamic:
    def __getattr__(self, name):
        if name.startswith("get_"):
            return lambda: name[4:].upper()
        raise AttributeError(f"{type(self).__name__} has no {name!r}")


dy = Dynamic()
print(dy.get_thing(), hasattr(dy, "get_x"), hasattr(dy, "other"))
try:
    dy.other
except AttributeError as e:
    print("AttributeError:", e)
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
try:
    getattr(c, 5)
except TypeError as e:
    print("TypeError:", e)
print(getattr(str, "upper")("abc"), getattr([1, 2], "__len__")(), getattr(Config, "debug"))


def f():
    pass


f.custom = "function attr"
print(f.custom, vars(f))
import types
ns = types.SimpleNamespace(a=1, b=2)
ns.c = 3
print(ns, vars(ns), getattr(ns, "a"))
