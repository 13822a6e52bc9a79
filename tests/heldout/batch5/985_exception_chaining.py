# exception chaining: __cause__, __context__, from None
class ConfigError(Exception):
    pass
def parse(value):
    try:
        return int(value)
    except ValueError as e:
        raise ConfigError(f"bad value {value!r}") from e
try:
    parse("x1")
except ConfigError as e:
    print(e, type(e.__cause__).__name__, e.__cause__)
    print(e.__suppress_context__, e.__context__ is e.__cause__)
def implicit():
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("while handling")
try:
    implicit()
except RuntimeError as e:
    print(e, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
def hidden():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("clean") from None
try:
    hidden()
except ValueError as e:
    print(e, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
try:
    try:
        raise ValueError("first")
    finally:
        print("finally runs")
except ValueError as e:
    print("caught", e)
def chain_depth(exc):
    depth = 0
    while exc is not None:
        depth += 1
        exc = exc.__cause__ or exc.__context__
    return depth
try:
    try:
        try:
            raise KeyError("a")
        except KeyError as a:
            raise ValueError("b") from a
    except ValueError:
        raise TypeError("c")
except TypeError as t:
    print("depth", chain_depth(t))
ex = Exception("note test")
ex.add_note("extra info")
ex.add_note("more")
print(ex.__notes__)
