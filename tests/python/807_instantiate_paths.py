# Creating instances: plain classes (their __init__ runs in a pushed frame), and the cases
# that must take the general path: __new__, metaclasses with and without __call__,
# exceptions, builtin subclasses, __init__ that is not a Python function or returns a value.

class P:
    def __init__(self, x, y=2):
        self.x, self.y = x, y

class Q(P):
    pass

class NoInit:
    pass

class New:
    def __new__(cls, *a):
        o = super().__new__(cls)
        o.made = a
        return o
    def __init__(self, *a):
        self.inited = len(a)

class Meta(type):
    def __call__(cls, *a, **k):
        print("Meta.__call__", cls.__name__, a, k)
        return super().__call__(*a, **k)

class M(metaclass=Meta):
    def __init__(self, v):
        self.v = v

class Quiet(type):
    pass

class N(metaclass=Quiet):
    def __init__(self, v):
        self.v = v * 2

class E(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code

class L(list):
    def __init__(self, *a):
        super().__init__(a)

class Bad:
    def __init__(self):
        return 5

class Gen:
    def __init__(self):
        yield 1

class CallInit:
    __init__ = lambda self, z: setattr(self, "z", z)

p, q = P(1), Q(3, y=4)
print(p.x, p.y, q.x, q.y, type(q).__name__, NoInit().__class__.__name__)
n = New(1, 2)
print(n.made, n.inited)
m = M(7)
print(m.v, N(5).v, type(N).__name__)
e = E("boom", 3)
print(e.args, e.code, repr(e))
print(L(1, 2, 3), CallInit(9).z)
for make in [lambda: Bad(), lambda: Gen(), lambda: P(), lambda: P(1, 2, 3), lambda: NoInit(1)]:
    try:
        make()
    except TypeError as ex:
        print("TypeError", ex)

class Deep:
    def __init__(self, n):
        self.child = Deep(n + 1)
try:
    Deep(0)
except RecursionError as ex:
    print("RecursionError", ex)
objs = [P(i) for i in range(1000)]
print(sum(o.x + o.y for o in objs))
