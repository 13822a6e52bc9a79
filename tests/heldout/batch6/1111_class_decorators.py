import inspect


def add_repr(cls):
    fields = list(inspect.signature(cls.__init__).parameters)[1:]

    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in fields)
        return f"{cls.__name__}({inner})"

    cls.__repr__ = __repr__
    return cls


registry = {}


def register(name):
    def deco(cls):
        registry[name] = cls
        cls.registered_as = name
        return cls
    return deco


def count_instances(cls):
    orig_init = cls.__init__
    cls.instances = 0

    def __init__(self, *args, **kwargs):
        cls.instances += 1
        orig_init(self, *args, **kwargs)

    cls.__init__ = __init__
    return cls


@register("user")
@count_instances
@add_repr
class User:
    def __init__(self, name, age):
        self.name = name
        self.age = age


u1 = User("ann", 30)
u2 = User("bob", age=25)
print(u1, u2)
print(User.instances, User.registered_as, registry["user"] is User)


def frozen(cls):
    def __setattr__(self, key, value):
        if getattr(self, "_frozen", False):
            raise AttributeError(f"{cls.__name__} is frozen")
        object.__setattr__(self, key, value)

    orig = cls.__init__

    def __init__(self, *a, **k):
        orig(self, *a, **k)
        object.__setattr__(self, "_frozen", True)

    cls.__setattr__ = __setattr__
    cls.__init__ = __init__
    return cls


@frozen
class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y


p = Pt(1, 2)
print(p.x, p.y)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)


def singleton(cls):
    instance = None

    def get(*a, **k):
        nonlocal instance
        if instance is None:
            instance = cls(*a, **k)
        return instance
    return get


@singleton
class App:
    def __init__(self):
        print("App created")


print(App() is App(), type(App).__name__)


def methods_upper(cls):
    for name, val in list(vars(cls).items()):
        if callable(val) and not name.startswith("_"):
            def make(f):
                return lambda self, *a: str(f(self, *a)).upper()
            setattr(cls, name, make(val))
    return cls


@methods_upper
class Talker:
    def hi(self):
        return "hi there"

    def echo(self, s):
        return s


t = Talker()
print(t.hi(), t.echo("abc"))
