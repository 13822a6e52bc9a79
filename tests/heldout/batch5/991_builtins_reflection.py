# getattr/setattr/hasattr/delattr, vars, dir, type(), callable, hash
class Shape:
    sides = 0
    def __init__(self, name):
        self.name = name
    def area(self):
        return 0
class Square(Shape):
    sides = 4
    def __init__(self, s):
        super().__init__("square")
        self.s = s
    def area(self):
        return self.s ** 2
sq = Square(3)
print(getattr(sq, "area")(), getattr(sq, "sides"), getattr(sq, "color", "none"))
print(hasattr(sq, "s"), hasattr(sq, "color"), hasattr(Square, "area"))
setattr(sq, "color", "red")
print(sq.color, sorted(vars(sq)))
delattr(sq, "color")
print(hasattr(sq, "color"))
print([n for n in dir(sq) if not n.startswith("_")])
print(sorted(k for k in vars(Square) if not k.startswith("__")))
Triangle = type("Triangle", (Shape,), {"sides": 3, "area": lambda self: 0.5 * self.b * self.h})
t = Triangle("tri")
t.b, t.h = 4, 5
print(type(t).__name__, t.area(), t.sides, isinstance(t, Shape), Triangle.__bases__[0].__name__)
print(type(5) is int, type("s") is str, type(type) is type, type(None).__name__)
print(callable(Shape), callable(sq.area), callable(sq), callable(len), callable("x"))
class Key:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __eq__(self, o):
        return (self.a, self.b) == (o.a, o.b)
    def __hash__(self):
        return hash((self.a, self.b))
d = {Key(1, 2): "found"}
print(d[Key(1, 2)], Key(1, 2) in d, hash(Key(1, 2)) == hash((1, 2)), len({Key(0, 0), Key(0, 0)}))
print(hash(1) == hash(1.0), hash("a") == hash("a"), hash(()) == hash(()))
try:
    hash([1])
except TypeError as e:
    print(type(e).__name__, e)
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
try:
    getattr(sq, "missing")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
print(type(sq).__mro__[1].__name__, sq.__class__.__name__, Square.__dict__["sides"])
