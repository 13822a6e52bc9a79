# str() and repr() of builtin exceptions with zero, one and several
# arguments, KeyError's quoting, and exception attributes.
for e in (ValueError(), ValueError("bad"), ValueError("a", 1), KeyError("k"), KeyError(), KeyError(1, 2),
          IndexError(0), StopIteration(5), RuntimeError(None), Exception([1, 2])):
    print(type(e).__name__, repr(str(e)), repr(e), e.args)
e = OSError if False else ArithmeticError("x")
print(isinstance(e, Exception), e.__class__.__name__, e.__cause__, e.__context__, e.__suppress_context__)
try:
    raise TypeError("outer") from KeyError("inner")
except TypeError as t:
    print(repr(t.__cause__), t.__suppress_context__, t.__context__ is None)
err = ValueError("mutable")
err.args = ("changed", 2)
print(err, repr(err))
