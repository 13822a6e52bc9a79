# __slots__
class Point:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
print(p.x, p.y, hasattr(p, '__dict__'), Point.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
class Point3(Point):
    __slots__ = ('z',)
p3 = Point3(1, 2)
p3.z = 3
print(p3.x, p3.y, p3.z, hasattr(p3, '__dict__'))
class Loose(Point):
    pass
lo = Loose(5, 6)
lo.anything = 'ok'
print(lo.anything, hasattr(lo, '__dict__'))
q = Point(0, 0)
try:
    print(Point.__new__(Point).x)
except AttributeError as e:
    print(type(e).__name__, e)
del q.x
print(hasattr(q, 'x'), hasattr(q, 'y'))
class WithDict:
    __slots__ = ('a', '__dict__')
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.b, sorted(vars(w)))
print(type(Point.x).__name__)
class Slotted:
    __slots__ = ['val']
    def __init__(self, val):
        self.val = val
    def __repr__(self):
        return f'Slotted({self.val})'
    def __eq__(self, other):
        return isinstance(other, Slotted) and self.val == other.val
    def __hash__(self):
        return hash(self.val)
print(Slotted(3), Slotted(3) == Slotted(3), len({Slotted(1), Slotted(1), Slotted(2)}))
import copy
c = copy.copy(Slotted([1]))
print(c, c.val is not None)
