class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x; self.y = y
p = P(1, 2)
print(p.x, p.y)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(p, "__dict__"), P.__slots__)
class Q(P):
    pass
q = Q(1, 2)
q.z = 5
print(q.z, hasattr(q, "__dict__"))
class R(P):
    __slots__ = ("w",)
r = R(1, 2); r.w = 9
print(r.w, r.x)
try:
    r.v = 1
except AttributeError as e:
    print(type(e).__name__, e)
p2 = P.__new__(P)
try:
    p2.x
except AttributeError as e:
    print(type(e).__name__, e)
print(type(P.x).__name__)
