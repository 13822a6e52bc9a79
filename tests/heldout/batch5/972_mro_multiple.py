# multiple inheritance, MRO and cooperative super
class A:
    def hello(self):
        return ["A"]
class B(A):
    def hello(self):
        return ["B"] + super().hello()
class C(A):
    def hello(self):
        return ["C"] + super().hello()
class D(B, C):
    def hello(self):
        return ["D"] + super().hello()
print(D().hello())
print([k.__name__ for k in D.mro()])
class Mixin:
    def to_dict(self):
        return {k: v for k, v in sorted(vars(self).items())}
class Point(Mixin):
    def __init__(self, x, y):
        self.x, self.y = x, y
print(Point(1, 2).to_dict())
class Base:
    def __init__(self, **kw):
        self.parts = ["Base"]
        if kw:
            self.parts.append(f"leftover={sorted(kw)}")
class Left(Base):
    def __init__(self, left=None, **kw):
        super().__init__(**kw)
        self.parts.append(f"Left({left})")
class Right(Base):
    def __init__(self, right=None, **kw):
        super().__init__(**kw)
        self.parts.append(f"Right({right})")
class Both(Left, Right):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.parts.append("Both")
print(Both(left=1, right=2).parts)
print(Both(left=1, right=2, extra=3).parts)
try:
    class X(A, B):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class E(C, B):
    pass
print([k.__name__ for k in E.__mro__], E().hello())
print(super(B, D()).hello())
class F:
    name = "F"
class G:
    name = "G"
class H(G, F):
    pass
print(H.name, H.__mro__[1].__name__)
