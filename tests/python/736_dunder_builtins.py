# Builtins that dispatch to dunders: range/__index__, divmod/__divmod__, bound method equality
class Num:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
print(list(range(Num(3))), list(range(Num(1), Num(7), Num(2))), range(Num(5))[Num(1)], [10, 20, 30][Num(2)], hex(Num(255)))

class D:
    def __divmod__(self, o): return ("divmod", o)
    def __rdivmod__(self, o): return ("rdivmod", o)
print(divmod(D(), 3), divmod(3, D()), divmod(7, 2), divmod(-7.5, 2))
try:
    divmod(object(), 2)
except TypeError as e:
    print(e)

class M:
    def m(self): return 1
x = M()
print(x.m == x.m, x.m != x.m, x.m == M().m, M.m == M.m, x.m.__self__ is x)
