class Fraction2:
    def __init__(self, n, d):
        self.n, self.d = n, d
    def __str__(self):
        return f"{self.n}/{self.d}"
    def __repr__(self):
        return f"Fraction2({self.n}, {self.d})"
    def __format__(self, spec):
        if spec == "dec":
            return f"{self.n / self.d:.3f}"
        return format(str(self), spec)
f = Fraction2(1, 3)
print(f, repr(f), [f], str([f]), f"{f}", f"{f!r}", f"{f:dec}", f"{f:>6}|")
print("%s %r" % (f, f), "{0} {0!r}".format(f))
class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"
print(OnlyRepr(), str(OnlyRepr()), format(OnlyRepr()))
print(repr("it's"), repr('say "hi"'), repr("a\\b"), repr(None), repr([1.0, "x", (2,)]))
