# BaseExceptionGroup/ExceptionGroup: constructor checks, message, exceptions,
# str/repr, subgroup, split, derive, nesting, notes.
import sys
eg = ExceptionGroup("msg", [ValueError(1), TypeError("t"), ExceptionGroup("inner", [KeyError('k'), ValueError(2)])])
print(repr(eg)); print(str(eg)); print(eg.args); print(eg.exceptions, eg.message)
print(type(BaseExceptionGroup("x", [ValueError()])).__name__, type(BaseExceptionGroup("x", [KeyboardInterrupt()])).__name__)
for bad in [(), ("m",), ("m", []), (1, [ValueError()]), ("m", ValueError()), ("m", [1]), ("m", [ValueError()], 3)]:
    try:
        ExceptionGroup(*bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup("m", [KeyboardInterrupt()])
except TypeError as e:
    print(e)
m, r = eg.split(ValueError)
print(repr(m), repr(r))
print(repr(eg.subgroup(lambda e: isinstance(e, KeyError))))
print(repr(eg.subgroup((KeyError, TypeError))))
print(eg.subgroup(ExceptionGroup) is eg, eg.split(OSError))
print(repr(eg.derive([ValueError(5)])))
try:
    eg.split(3)
except TypeError as e:
    print(e)
class MyEG(ExceptionGroup):
    pass
x = MyEG("mine", [ValueError(1)])
print(repr(x), type(x.split(ValueError)[0]).__name__, type(x.derive([ValueError()])).__name__)
print(issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
print(ExceptionGroup.__mro__)
e1 = ValueError(1); e1.add_note("note1")
g = ExceptionGroup("a", [e1]); g.add_note("gnote")
print(g.split(ValueError)[0].__notes__)
