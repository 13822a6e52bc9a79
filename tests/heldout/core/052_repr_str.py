class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"V({self.x!r}, {self.y!r})"
    def __str__(self):
        return f"<{self.x}, {self.y}>"
v = V(1, "a")
print(v)
print(repr(v), str(v))
print([v], (v,), {"k": v})
print(f"{v} {v!r}")
print("%s %r" % (v, v))
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
print(OnlyRepr(), str(OnlyRepr()))
class Fmt:
    def __format__(self, spec):
        return f"Fmt[{spec}]"
print(f"{Fmt():>10}", format(Fmt(), "xyz"), "{:abc}".format(Fmt()))
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("\n\t\\"))
print(repr(1.0), repr(None), repr([1, "2", (3,)]))
