# __slots__ names are member descriptors on the class; an MRO conflict names the bases left in the merge
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
print(p.x, p.y, type(P.x).__name__, repr(P.y), P.x.__name__, P.x.__objclass__ is P)
print(sorted(k for k in P.__dict__ if not k.startswith("__")))
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError", e)
q = P.__new__(P)
try:
    q.x
except AttributeError as e:
    print("AttributeError", e)
print(hasattr(q, "x"), getattr(q, "y", "none"))
q.x = 5
print(q.x)
del q.x
print(hasattr(q, "x"))

class R(P):
    __slots__ = "w"
r = R(1, 2)
r.w = 9
print(r.w, r.x, type(R.w).__name__, R.x is P.x)

class D(P):
    pass
d = D(3, 4)
d.extra = 1
print(d.x, d.extra, d.__dict__.get("extra"))

class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.b, type(WithDict.__dict__["a"]).__name__)

try:
    class Bad:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print("ValueError", e)

import types
print(types.MemberDescriptorType is type(P.x))

class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass
try:
    class Bad2(Z, W): pass
except TypeError as e:
    print(e)
class A: pass
class B(A): pass
try:
    class C(A, B): pass
except TypeError as e:
    print(e)
class O1: pass
class O2(O1): pass
class O3(O1): pass
class O4(O2, O3): pass
class O5(O3, O2): pass
try:
    class O6(O4, O5): pass
except TypeError as e:
    print(e)
