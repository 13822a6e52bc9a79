# __str__, __repr__ and __format__ in print, f-strings, containers and format().
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return "Vec(%r, %r)" % (self.x, self.y)
    def __str__(self):
        return "<%s, %s>" % (self.x, self.y)
    def __format__(self, spec):
        if spec == "polar":
            return "polar!"
        return format(str(self), spec)
v = Vec(1, 2.5)
print(v, str(v), repr(v), [v], (v,), {"k": v})
print(f"{v}", f"{v!r}", f"{v!s:>12}|", f"{v:polar}", f"{v:^14}|", format(v, "polar"), "{:>10}".format(v))
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
print(OnlyRepr(), str(OnlyRepr()), f"{OnlyRepr()}")
class BadStr:
    def __str__(self):
        return 42
try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)
print(repr("quote's"), repr('dq"'), repr("both'\""), repr("\x00\t\u00e9\u2603"), ascii("\u2603"))
