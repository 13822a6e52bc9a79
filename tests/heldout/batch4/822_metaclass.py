# metaclasses
class Meta(type):
    registry = []
    def __new__(mcls, name, bases, ns, **kw):
        ns['created_by'] = 'Meta'
        cls = super().__new__(mcls, name, bases, ns)
        mcls.registry.append(name)
        return cls
    def __call__(cls, *args, **kwargs):
        inst = super().__call__(*args, **kwargs)
        inst.via_meta = True
        return inst
class Base(metaclass=Meta):
    def __init__(self, v=0):
        self.v = v
class Sub(Base):
    pass
s = Sub(5)
print(Meta.registry, Sub.created_by, s.v, s.via_meta, type(Sub).__name__)
class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class Config(metaclass=Singleton):
    def __init__(self, x):
        self.x = x
print(Config(1) is Config(2), Config(3).x)
Dyn = type('Dyn', (object,), {'a': 1, 'm': lambda self: self.a + 1})
print(Dyn.__name__, Dyn().m(), type(Dyn) is type)
class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return {'order_log': []}
    def __new__(mcls, name, bases, ns):
        ns['fields'] = [k for k in ns if not k.startswith('__') and k != 'order_log']
        return super().__new__(mcls, name, bases, ns)
class Rec(metaclass=Ordered):
    z = 1
    a = 2
    m = 3
print(Rec.fields, Rec.order_log)
class Upper(type):
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, {k.upper() if not k.startswith('__') else k: v for k, v in ns.items()})
class U(metaclass=Upper):
    value = 10
print(hasattr(U, 'value'), U.VALUE)
class WithKw(type):
    def __new__(mcls, name, bases, ns, flag=False):
        c = super().__new__(mcls, name, bases, ns)
        c.flag = flag
        return c
    def __init__(cls, name, bases, ns, flag=False):
        super().__init__(name, bases, ns)
class K(metaclass=WithKw, flag=True):
    pass
print(K.flag, isinstance(K, WithKw), isinstance(K, type))
