class Counter:
    instances = 0
    def __init__(self):
        Counter.instances += 1
        self.id = Counter.instances
a, b, c = Counter(), Counter(), Counter()
print(Counter.instances, a.id, c.id)
class Base:
    kind = "base"
    @classmethod
    def who(cls):
        return cls.kind
class Sub(Base):
    kind = "sub"
print(Base.who(), Sub.who(), Sub().who())
class Meta:
    def __init_subclass__(cls, tag="none", **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
class X(Meta, tag="x"): pass
class Y(Meta): pass
print(X.tag, Y.tag)
class Config:
    def __getattr__(self, name):
        return f"<default {name}>"
cfg = Config()
cfg.real = 1
print(cfg.real, cfg.missing)
print(Sub.__name__, Sub.__bases__[0].__name__, "kind" in Sub.__dict__)
