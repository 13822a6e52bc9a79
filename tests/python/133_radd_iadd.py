# Reflected and in-place operator methods, NotImplemented fallbacks.
class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        if isinstance(o, Num):
            return Num(self.v + o.v)
        if isinstance(o, int):
            return Num(self.v + o)
        return NotImplemented
    def __radd__(self, o):
        print("radd", o)
        return Num(o + self.v)
    def __iadd__(self, o):
        print("iadd", o)
        self.v += o.v if isinstance(o, Num) else o
        return self
    def __sub__(self, o):
        return Num(self.v - (o.v if isinstance(o, Num) else o))
    def __rsub__(self, o):
        return Num(o - self.v)
    def __mul__(self, o):
        return Num(self.v * o)
    __rmul__ = __mul__
    def __neg__(self):
        return Num(-self.v)
    def __repr__(self):
        return f"Num({self.v})"
a = Num(5)
print(a + 1, 1 + a, a + a, 10 - a, a - 3, 3 * a, a * 3, -a)
print(sum([Num(1), Num(2)]), sum([Num(1)], Num(10)))
b = a
b += 2
print(a, b, a is b)
c = Num(0)
c -= 4
print(c)
x = [1]
y = x
y += [2]
print(x, x is y)
t = (1,)
u = t
u += (2,)
print(t, u)
try:
    a + "s"
except TypeError as e:
    print("TypeError:", e)
try:
    "s" - a
except TypeError as e:
    print("TypeError:", e)
