class Base:
    @classmethod
    def create(cls, *args):
        print("Base.create for", cls.__name__)
        return cls(*args)
    def __init__(self, *args):
        self.args = args
class Derived(Base):
    @classmethod
    def create(cls, *args):
        print("Derived.create")
        obj = super().create(*args, "extra")
        return obj
d = Derived.create(1)
print(type(d).__name__, d.args)
class A:
    def hello(self): return "A"
class B(A):
    def hello(self): return "B>" + super(B, self).hello()
class C(B):
    def hello(self): return "C>" + super(B, self).hello()
print(C().hello(), B().hello())
class P:
    @property
    def val(self): return 1
class Q(P):
    @property
    def val(self): return super().val + 10
print(Q().val)
