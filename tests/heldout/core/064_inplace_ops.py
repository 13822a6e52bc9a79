class Acc:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, o):
        print("iadd")
        self.v += o
        return self
    def __add__(self, o):
        print("add")
        return Acc(self.v + o)
    def __repr__(self):
        return f"Acc({self.v})"
a = Acc(1)
b = a
a += 5
print(a, b, a is b)
class OnlyAdd:
    def __init__(self, v): self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + o)
x = OnlyAdd(1)
y = x
x += 1
print(x.v, y.v, x is y)
s = "ab"; s2 = s; s += "c"
print(s, s2)
class Num:
    def __init__(self, v): self.v = v
    def __radd__(self, o):
        return Num(o + self.v)
print((0 + Num(5)).v)
try:
    sum([Num(1), Num(2)])
except TypeError as e:
    print(type(e).__name__, e)
