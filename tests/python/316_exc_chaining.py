# Exception chaining: __cause__, __context__, __suppress_context__.
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError("bad config") from e
try:
    parse("x")
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__, e.__context__ is e.__cause__)
try:
    try:
        {}["k"]
    except KeyError:
        raise TypeError("while handling")
except TypeError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("no context") from None
except ValueError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
e = ValueError("manual")
e.__cause__ = KeyError("k")
print(repr(e.__cause__), e.__suppress_context__)
def nested():
    try:
        raise KeyError("inner")
    except KeyError as inner:
        try:
            raise IndexError("middle")
        except IndexError as middle:
            raise AttributeError("outer") from middle
try:
    nested()
except AttributeError as e:
    print(repr(e), repr(e.__cause__), repr(e.__cause__.__context__))
try:
    parse("y")
except RuntimeError:
    pass
parse("z")
