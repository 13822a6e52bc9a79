# Classes made at run time, metaclasses, class keywords and __subclasses__ across collections
import gc

class Base:
    registry = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Base.registry.append(cls.__name__)

def make_classes(n):
    out = []
    for i in range(n):
        C = type("Dyn%d" % i, (Base,), {"value": i, "double": lambda self: self.value * 2})
        out.append(C)
    return out

def show(classes):
    print([C.__name__ for C in classes], [C().double() for C in classes])

classes = make_classes(5)
gc.collect()
show(classes)

class Tagged(Base, tag="hello"):
    pass
gc.collect()
print(Tagged.tag, Base.registry[-1])

class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["made_by"] = mcls.__name__
        return super().__new__(mcls, name, bases, ns)
    def describe(cls):
        return cls.__name__ + " by " + cls.made_by

class WithMeta(metaclass=Meta):
    x = [1, 2]
gc.collect()
print(WithMeta.describe(), type(WithMeta).__name__, WithMeta.x)

class Parent:
    pass

def add_temp_subclasses():
    for i in range(10):
        class Temp(Parent):
            pass

add_temp_subclasses()
class Kept(Parent):
    pass
gc.collect()
print([c.__name__ for c in Parent.__subclasses__()])

classes = None
Base.registry = Base.registry[:2]
gc.collect()
print(len([c for c in Base.__subclasses__() if c.__name__.startswith("Dyn")]))

class Slotted:
    __slots__ = ("a", "b")
    def __init__(self, a, b):
        self.a = a
        self.b = b
objs = [Slotted(i, [i]) for i in range(100)]
gc.collect()
print(sum(o.a for o in objs), objs[99].b)

class Shape:
    count = 0
    def __init__(self):
        Shape.count += 1
    @property
    def area(self):
        return 0
class Square(Shape):
    def __init__(self, s):
        super().__init__()
        self.s = s
    @property
    def area(self):
        return self.s * self.s
    @staticmethod
    def unit():
        return Square(1)
    @classmethod
    def of(cls, s):
        return cls(s)
shapes = [Square.of(i) for i in range(10)] + [Square.unit()]
gc.collect()
print([s.area for s in shapes], Shape.count)
print(isinstance(shapes[0], Shape), issubclass(Square, Shape), Square.__mro__[1].__name__)
