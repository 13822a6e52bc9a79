# Metaclass __call__ (singleton per class) and a class registry.
class SingletonMeta(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]

class Config(metaclass=SingletonMeta):
    def __init__(self, name="default"):
        print("Config.__init__", name)
        self.name = name

class Logger(metaclass=SingletonMeta):
    pass

c1 = Config("first")
c2 = Config("second")
print(c1 is c2, c1.name, Logger() is Logger(), Logger() is c1)

registry = {}
class Registered(type):
    def __new__(mcls, name, bases, ns, **kwargs):
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            registry[kwargs.get("key", name)] = cls
        return cls

class Plugin(metaclass=Registered):
    def run(self):
        return type(self).__name__ + " running"

class Alpha(Plugin, key="a"):
    pass

class Beta(Plugin):
    def run(self):
        return "beta: " + super().run()

print(sorted(registry))
for k in sorted(registry):
    print(k, registry[k]().run())
