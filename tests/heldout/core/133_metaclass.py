class Registry(type):
    classes = []
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        mcls.classes.append(name)
        cls.tag = name.lower()
        return cls
class Base(metaclass=Registry):
    pass
class Child(Base):
    pass
print(Registry.classes, Child.tag, type(Child).__name__)
class Singleton(type):
    _inst = {}
    def __call__(cls, *a, **k):
        if cls not in cls._inst:
            print("creating", cls.__name__)
            cls._inst[cls] = super().__call__(*a, **k)
        return cls._inst[cls]
class Config(metaclass=Singleton):
    def __init__(self, v=0):
        self.v = v
c1 = Config(1); c2 = Config(2)
print(c1 is c2, c1.v)
class Meta(type):
    def __repr__(cls):
        return f"<Meta class {cls.__name__}>"
    def __len__(cls):
        return 42
class X(metaclass=Meta): pass
print(repr(X), len(X), isinstance(X, Meta), isinstance(X, type))
