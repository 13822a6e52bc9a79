# isinstance/issubclass with tuples, builtin type hierarchy, bool as int.
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, (C, A)), isinstance(b, (C,)), isinstance(b, ()), isinstance(1, (str, (int, float))))
print(isinstance(True, int), isinstance(1, bool), isinstance(1.0, int), isinstance("s", object), isinstance(None, type(None)))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)), issubclass(bool, int), issubclass(int, object), issubclass(A, A))
print(isinstance(A, type), isinstance(int, type), type(b) is B, type(B) is type, type(1) is int)
print(isinstance([], list), isinstance({}, dict), isinstance((), tuple), isinstance(set(), set), isinstance(ValueError(), Exception))
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), issubclass(StopIteration, Exception))
try:
    isinstance(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(b, A)
except TypeError as e:
    print("TypeError:", e)
