# metaclasses
class Registry(type):
    classes = {}
    def __new__(mcls, name, bases, ns, **kwargs):
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            mcls.classes[name] = cls
        cls.tag = kwargs.get("tag", name.lower())
        return cls
    def __call__(cls, *args, **kw):
        inst = super().__call__(*args, **kw)
        inst.created_by_meta = True
        return inst
class Base(metaclass=Registry):
    pass
class Alpha(Base, tag="A!"):
    def __init__(self, v=0):
        self.v = v
class Beta(Base):
    pass
print(sorted(Registry.classes), Alpha.tag, Beta.tag)
a = Alpha(5)
print(a.v, a.created_by_meta, type(Alpha).__name__, isinstance(Alpha, type))
class Singleton(type):
    _instances = {}
    def __call__(cls, *a, **k):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*a, **k)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self):
        self.values = {}
c1 = Config(); c2 = Config()
c1.values["k"] = 1
print(c1 is c2, c2.values)
class Upper(type):
    def __new__(mcls, name, bases, ns):
        new_ns = {(k.upper() if not k.startswith("__") else k): v for k, v in ns.items()}
        return super().__new__(mcls, name, bases, new_ns)
class Shout(metaclass=Upper):
    greeting = "hi"
    def speak(self):
        return "speaking"
print(Shout.GREETING, Shout().SPEAK(), hasattr(Shout, "greeting"))
class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print("prepare", name)
        return {"injected": 123}
class WithPrep(metaclass=OrderedMeta):
    pass
print(WithPrep.injected)
class Meta2(type):
    def __repr__(cls):
        return f"<class {cls.__name__} via Meta2>"
    def __len__(cls):
        return 7
class Q(metaclass=Meta2):
    pass
print(repr(Q), len(Q))
