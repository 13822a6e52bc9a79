class RegistryMeta(type):
    registry = {}

    def __new__(mcls, name, bases, ns, **kwargs):
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            key = kwargs.get("key", name.lower())
            mcls.registry[key] = cls
        return cls

    def __init__(cls, name, bases, ns, **kwargs):
        super().__init__(name, bases, ns)
        cls.created_by = "RegistryMeta"


class Plugin(metaclass=RegistryMeta):
    pass


class CsvPlugin(Plugin, key="csv"):
    pass


class JsonPlugin(Plugin):
    pass


print(sorted(RegistryMeta.registry))
print(RegistryMeta.registry["csv"].__name__, JsonPlugin.created_by)
print(type(Plugin).__name__, type(CsvPlugin) is RegistryMeta, isinstance(CsvPlugin, type))


class UpperAttrs(type):
    def __new__(mcls, name, bases, ns):
        new_ns = {}
        for k, v in ns.items():
            if not k.startswith("__"):
                new_ns[k.upper()] = v
            else:
                new_ns[k] = v
        return super().__new__(mcls, name, bases, new_ns)


class Config(metaclass=UpperAttrs):
    host = "localhost"
    port = 8080


print(Config.HOST, Config.PORT, hasattr(Config, "host"))


class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Database(metaclass=Singleton):
    def __init__(self, url):
        print("connecting", url)
        self.url = url


d1 = Database("sqlite://a")
d2 = Database("sqlite://b")
print(d1 is d2, d2.url)


class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print("prepare", name)
        return {"_order": []}

    def __new__(mcls, name, bases, ns):
        ns["fields"] = [k for k in ns if not k.startswith("_")]
        return super().__new__(mcls, name, bases, dict(ns))


class Record(metaclass=OrderedMeta):
    zeta = 1
    alpha = 2
    mid = 3


print(Record.fields)

Dyn = type("Dyn", (object,), {"value": 5, "double": lambda self: self.value * 2})
print(Dyn.__name__, Dyn().double(), Dyn.__bases__[0].__name__)


class Meta(type):
    def __repr__(cls):
        return f"<class {cls.__name__} via Meta>"

    def describe(cls):
        return cls.__name__ + "!"


class Thing(metaclass=Meta):
    pass


print(repr(Thing), Thing.describe())
print(hasattr(Thing(), "describe"))
