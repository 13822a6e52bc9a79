# __call__, __repr__ vs __str__ in str(), repr(), print, f-strings and
# containers, and the default repr fallback for __str__.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, y=0):
        return x + y + self.n
    def __repr__(self):
        return f"Adder({self.n})"
class Named:
    def __str__(self):
        return "str-form"
    def __repr__(self):
        return "repr-form"
add5 = Adder(5)
print(add5(1), add5(1, y=2), callable(add5), callable(Named()), list(map(add5, [1, 2])))
n = Named()
print(n, str(n), repr(n), [n], (n,), {"k": n}, f"{n} {n!r}", "%s %r" % (n, n))
print(add5, str(add5), [add5])
class OnlyStr:
    def __str__(self):
        return "only str"
o = OnlyStr()
print(o, repr(o).startswith("<__main__.OnlyStr object at 0x"), [o][0] is o)
try:
    Named()()
except TypeError as e:
    print("TypeError:", e)
