# isinstance/issubclass with tuples and class hierarchies.
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, (C, A)), isinstance(b, (C,)), isinstance(b, ()))
print(isinstance(1, (str, (float, int))), isinstance(True, int), isinstance(1.0, int), isinstance(None, type(None)))
print(issubclass(B, A), issubclass(B, (C, A)), issubclass(A, B), issubclass(bool, int), issubclass(B, object))
print(isinstance(A, type), isinstance(int, type), isinstance([], (list, tuple)), isinstance("s", str))
print(isinstance(ValueError(), Exception), issubclass(KeyError, LookupError), issubclass(type, object))
print(isinstance(b"x", bytes), isinstance(1j, complex), isinstance(..., object))
for bad in [lambda: isinstance(1, 2), lambda: issubclass(1, int), lambda: isinstance(1, (int, "x"))]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
