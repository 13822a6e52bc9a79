# A __slots__ member descriptor read directly: the instance's slot, or
# AttributeError when the slot is empty.
class P:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x


p = P(3)
print(P.x.__get__(p), P.x.__get__(p, P), P.x.__get__(None, P) is P.x, P.x)
try:
    P.y.__get__(p)
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.y
except AttributeError as e:
    print("AttributeError:", e)
p.y = [1]
print(P.y.__get__(p), getattr(p, "y"), type(P.x).__name__)
q = P(4)
del q.x
print(hasattr(q, "x"), [P.x.__get__(o) for o in (p, P(5))])
