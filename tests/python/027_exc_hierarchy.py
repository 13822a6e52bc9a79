# The builtin exception hierarchy: errors raised by the interpreter are
# instances of the builtin classes and can be caught through their bases.

checks = [
    ("1 / 0", ZeroDivisionError, ArithmeticError),
    ("[][1]", IndexError, LookupError),
    ("{}['k']", KeyError, LookupError),
    ("int('q')", ValueError, Exception),
    ("'a' + 1", TypeError, Exception),
    ("undefined_thing", NameError, Exception),
    ("None.attr", AttributeError, Exception),
    ("next(iter([]))", StopIteration, Exception),
    ("2 ** 10000", OverflowError, ArithmeticError),
]

def trigger(code):
    if code == "1 / 0":
        return 1 / 0
    if code == "[][1]":
        return [][1]
    if code == "{}['k']":
        return {}["k"]
    if code == "int('q')":
        return int("q")
    if code == "'a' + 1":
        return "a" + 1
    if code == "undefined_thing":
        return undefined_thing
    if code == "None.attr":
        return None.attr
    if code == "next(iter([]))":
        return next(iter([]))
    if code == "2 ** 10000":
        raise OverflowError("int too large")

for code, exact, base in checks:
    try:
        trigger(code)
    except base as e:
        print(f"{code:16} {type(e).__name__:18} exact={type(e) is exact} base={base.__name__}")

names = [BaseException, Exception, ArithmeticError, ZeroDivisionError, LookupError, IndexError,
         KeyError, ValueError, TypeError, NameError, AttributeError, RuntimeError, RecursionError,
         StopIteration, AssertionError, NotImplementedError, OverflowError]
for cls in names:
    parents = [b.__name__ for b in cls.__mro__[1:]]
    print(cls.__name__, "->", " > ".join(parents))

print(issubclass(RecursionError, RuntimeError), issubclass(NotImplementedError, RuntimeError))
print(issubclass(KeyError, Exception), issubclass(Exception, KeyError), isinstance(ValueError("v"), Exception))

def deep(n):
    return deep(n + 1)

try:
    deep(0)
except RecursionError as e:
    print("RecursionError:", e)

try:
    assert 1 + 1 == 3, ("math", 3)
except AssertionError as e:
    print("AssertionError args:", e.args)

e = ValueError("a", 2)
print(str(e), repr(e), e.args, str(ValueError()), repr(KeyError("k")), str(KeyError("k")))

class Shape:
    def area(self):
        raise NotImplementedError("subclasses must implement area()")

class Square(Shape):
    def __init__(self, side):
        self.side = side
    def area(self):
        return self.side ** 2

print(Square(3).area())
Shape().area()
