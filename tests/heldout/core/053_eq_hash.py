class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        if not isinstance(other, Pt):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
a, b, c = Pt(1, 2), Pt(1, 2), Pt(2, 1)
print(a == b, a != b, a == c, a is b)
print(len({a, b, c}))
d = {a: "first"}
d[b] = "second"
print(len(d), d[Pt(1, 2)])
print(a == (1, 2), a != "x")
class NoHash:
    def __eq__(self, o):
        return True
print(NoHash.__hash__)
try:
    {NoHash()}
except TypeError as e:
    print(type(e).__name__, e)
class Default:
    pass
x = Default()
print(x == x, x == Default(), x != Default())
