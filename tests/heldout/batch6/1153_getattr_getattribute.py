class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_log", [])

    def __getattr__(self, name):
        self._log.append(("get", name))
        return getattr(self._target, name)

    def __setattr__(self, name, value):
        self._log.append(("set", name))
        setattr(self._target, name, value)

    def __delattr__(self, name):
        self._log.append(("del", name))
        delattr(self._target, name)


class Target:
    def __init__(self):
        self.value = 1

    def method(self):
        return "method result"


t = Target()
p = Proxy(t)
print(p.value, p.method())
p.value = 42
print(t.value)
p.extra = "x"
del p.extra
print(hasattr(t, "extra"), p._log)


class Audited:
    def __init__(self):
        self.a = 1
        self.accessed = []

    def __getattribute__(self, name):
        if name not in ("accessed", "__dict__", "__class__"):
            object.__getattribute__(self, "accessed").append(name)
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return f"fallback:{name}"


au = Audited()
print(au.a, au.missing, au.accessed)


class AttrDict(dict):
    def __getattr__(self, key):
        try:
            return self[key]
        except KeyError:
            raise AttributeError(key) from None

    def __setattr__(self, key, value):
        self[key] = value


ad = AttrDict(name="cfg", size=3)
ad.color = "red"
print(ad.name, ad.size, ad.color, dict(ad))
try:
    ad.nope
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(ad, "nope", "dflt"), hasattr(ad, "items"))


class Lazy:
    def __getattr__(self, name):
        print(f"computing {name}")
        value = len(name)
        setattr(self, name, value)
        return value


lz = Lazy()
print(lz.hello, lz.hello, lz.hi)


class Strict:
    __slots__ = ()

    def __getattribute__(self, name):
        if name.startswith("secret"):
            raise AttributeError(f"access to {name} denied")
        return super().__getattribute__(name)

    secret_key = "xyz"
    public = "ok"


s = Strict()
print(s.public)
try:
    s.secret_key
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(s, "secret_key"), getattr(s, "public"))


class Property:
    @property
    def broken(self):
        raise AttributeError("inner failure")

    def __getattr__(self, name):
        return f"__getattr__ called for {name}"


print(Property().broken)
