# __repr__, __str__, __format__, __bytes__
class Color:
    def __init__(self, r, g, b):
        self.r, self.g, self.b = r, g, b
    def __repr__(self):
        return f"Color({self.r}, {self.g}, {self.b})"
    def __str__(self):
        return f"#{self.r:02x}{self.g:02x}{self.b:02x}"
    def __format__(self, spec):
        if spec == "rgb":
            return f"rgb({self.r}, {self.g}, {self.b})"
        if spec == "":
            return str(self)
        return format(str(self), spec)
    def __bytes__(self):
        return bytes([self.r, self.g, self.b])
c = Color(255, 128, 0)
print(c)
print(repr(c))
print(str(c), f"{c}", f"{c!r}", f"{c:rgb}", f"[{c:>10}]")
print([c], (c,), {"k": c})
print(bytes(c), "{0} {0!r} {0:rgb}".format(c))
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
print(str(OnlyRepr()), f"{OnlyRepr()}", "%s %r" % (OnlyRepr(), OnlyRepr()))
class OnlyStr:
    def __str__(self):
        return "only-str"
print(str(OnlyStr()), [str(OnlyStr())])
class BadFormat:
    pass
try:
    format(BadFormat(), "x")
except TypeError as e:
    print(type(e).__name__, e)
print(repr("quote's"), repr("both'\""), str(b"x"), repr(1.0), repr(-0.0), str([1.5, "a"]))
print(repr({"a": [1, (2, 3)], "b": None}), repr(frozenset()))
class Tree:
    def __init__(self, val, *kids):
        self.val, self.kids = val, kids
    def __repr__(self):
        if not self.kids:
            return f"Tree({self.val!r})"
        return f"Tree({self.val!r}, {', '.join(map(repr, self.kids))})"
print(Tree("root", Tree(1), Tree(2, Tree(3))))
class R:
    def __repr__(self):
        return "R"
l = [R()]
l.append(l)
print(l)
d = {}
d["self"] = d
print(d)
