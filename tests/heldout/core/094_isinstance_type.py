print(isinstance(5, int), isinstance(5, (str, float)), isinstance(True, int))
print(isinstance(5, int | str), isinstance(None, type(None)))
print(type(5) is int, type(True) is int, type(True).__name__)
print(issubclass(bool, int), issubclass(int, (str, object)), issubclass(int, int))
class A: pass
class B(A): pass
b = B()
print(isinstance(b, A), type(b) is A, type(b).__name__, type(b).__mro__[1].__name__)
print(type(type), type(int), type(A).__name__)
Dyn = type("Dyn", (A,), {"x": 1, "hello": lambda self: "hi " + str(self.x)})
d = Dyn()
print(Dyn.__name__, d.hello(), isinstance(d, A), Dyn.__bases__[0].__name__)
try:
    isinstance(5, 5)
except TypeError as e:
    print(type(e).__name__, e)
print(type(len).__name__, type([].append).__name__, type(lambda: 0).__name__)
print(type(None).__name__, type(...).__name__, type(NotImplemented).__name__)
