class PluginMeta(type):
    registry = {}

    def __new__(mcls, name, bases, ns, **kwargs):
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            key = ns.get("key", name.lower())
            if key in mcls.registry:
                raise ValueError(f"duplicate plugin key {key!r}")
            mcls.registry[key] = cls
        return cls

    def __call__(cls, *args, **kwargs):
        inst = super().__call__(*args, **kwargs)
        inst.created_by = cls.__name__
        return inst

    def __len__(cls):
        return len(cls.registry)


class Plugin(metaclass=PluginMeta):
    def run(self, data):
        raise NotImplementedError


class Upper(Plugin):
    def run(self, data):
        return data.upper()


class Reverse(Plugin):
    key = "rev"

    def run(self, data):
        return data[::-1]


class Strip(Plugin):
    def __init__(self, chars=" "):
        self.chars = chars

    def run(self, data):
        return data.strip(self.chars)


print(sorted(PluginMeta.registry))
print(len(Plugin))
print(type(Upper).__name__, type(Plugin).__name__, type(PluginMeta).__name__)
pipeline = [PluginMeta.registry[k]() for k in ("strip", "upper", "rev")]
text = "  hello world  "
for p in pipeline:
    text = p.run(text)
    print(p.created_by, repr(text))
try:
    class Another(Plugin):
        key = "rev"
except ValueError as e:
    print("ValueError:", e)
print(isinstance(Upper(), Plugin), isinstance(Upper, PluginMeta))
try:
    Plugin().run("x")
except NotImplementedError:
    print("base plugin not implemented")

Dyn = PluginMeta("Dyn", (Plugin,), {"run": lambda self, d: d * 2})
print(Dyn().run("ab"), sorted(PluginMeta.registry))
