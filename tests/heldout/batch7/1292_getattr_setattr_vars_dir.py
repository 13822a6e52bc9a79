class Settings:
    defaults = {"theme": "light", "font_size": 12, "autosave": True}

    def __init__(self, **overrides):
        for k, v in self.defaults.items():
            setattr(self, k, overrides.pop(k, v))
        if overrides:
            raise AttributeError(f"unknown settings: {sorted(overrides)}")

    def describe(self):
        return ", ".join(f"{k}={getattr(self, k)!r}" for k in sorted(vars(self)))


s = Settings(theme="dark")
print(s.describe())
print(vars(s))
print(getattr(s, "font_size"), getattr(s, "missing", "n/a"), hasattr(s, "theme"), hasattr(s, "nope"))
setattr(s, "font_size", getattr(s, "font_size") + 2)
print(s.font_size)
delattr(s, "autosave")
print(sorted(vars(s)), hasattr(s, "autosave"))
try:
    getattr(s, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    Settings(colour="red")
except AttributeError as e:
    print("AttributeError:", e)
print([n for n in dir(s) if not n.startswith("_")])
print("describe" in dir(Settings), "theme" in dir(Settings), "theme" in dir(s))
print(sorted(k for k in vars(Settings) if not k.startswith("__")))


class Dynamic:
    def __getattr__(self, name):
        if name.startswith("get_"):
            return lambda: f"value of {name[4:]}"
        raise AttributeError(f"{type(self).__name__} has no {name}")


d = Dynamic()
print(d.get_color(), hasattr(d, "get_x"), hasattr(d, "other"), getattr(d, "other", "default"))


class Audited:
    def __init__(self):
        object.__setattr__(self, "log", [])

    def __setattr__(self, name, value):
        self.log.append(f"set {name}={value!r}")
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        self.log.append(f"del {name}")
        object.__delattr__(self, name)


a = Audited()
a.x = 1
a.x += 1
setattr(a, "y", "z")
del a.x
print(a.log, vars(a))
for name in ("upper", "title", "nothing"):
    method = getattr("hello", name, None)
    print(name, method() if callable(method) else method)
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
print(type(vars(Settings)).__name__ == "mappingproxy", vars(Settings)["defaults"]["theme"])
