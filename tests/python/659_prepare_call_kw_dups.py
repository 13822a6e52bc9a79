# A metaclass __prepare__ (called with the class keywords, its mapping's
# items seen by the body and by __new__), and duplicate keywords in calls
# that mix **mappings with named arguments.
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", mcls.__name__, name, bases, kw)
        return {"injected": 42, "tag": name.lower()}

    def __new__(mcls, name, bases, ns, **kw):
        print("new", sorted(k for k in ns if not k.startswith("__")))
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)

class A(metaclass=Meta, flag=True):
    x = 1
    y = injected + 1
    def f(self):
        return self.injected
print(A.injected, A().f(), A.y, A.tag)

class B(A):
    pass
print(B.tag, B.injected)

class Bad(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5
try:
    class E(metaclass=Bad):
        pass
except TypeError as e:
    print(e)

def f(**kw):
    return kw
d = {"x": 1}
for call in [lambda: f(**d, x=2), lambda: f(x=2, **d), lambda: f(**d, **{"x": 3}), lambda: f(**d, y=2), lambda: f(a=1, **d, b=2)]:
    try:
        print(call())
    except TypeError as e:
        print(e)
def g(a, b):
    return a, b
for call in [lambda: g(1, **{"a": 2}), lambda: g(**{"a": 1}, a=2), lambda: g(**{"a": 1}, b=2)]:
    try:
        print(call())
    except TypeError as e:
        print(e)
