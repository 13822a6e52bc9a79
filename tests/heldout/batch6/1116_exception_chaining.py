class ConfigError(Exception):
    pass


def parse_port(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"invalid port {text!r}") from e


try:
    parse_port("http")
except ConfigError as e:
    print("error:", e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
    print("context is cause:", e.__context__ is e.__cause__)
    print("suppress:", e.__suppress_context__)


def implicit():
    try:
        {}["missing"]
    except KeyError:
        raise RuntimeError("lookup failed")


try:
    implicit()
except RuntimeError as e:
    print("implicit:", e, "| cause:", e.__cause__, "| context:", repr(e.__context__))
    print("suppress:", e.__suppress_context__)


def suppressed():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("clean") from None


try:
    suppressed()
except ValueError as e:
    print("from None:", e.__cause__, type(e.__context__).__name__, e.__suppress_context__)


def nested():
    try:
        try:
            raise TypeError("first")
        except TypeError:
            raise ValueError("second")
    except ValueError:
        raise KeyError("third")


try:
    nested()
except KeyError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(f"{type(cur).__name__}({cur.args[0]!r})")
        cur = cur.__context__
    print(" <- ".join(chain))

try:
    raise ValueError("a") from TypeError("b")
except ValueError as e:
    print(repr(e), repr(e.__cause__))

e = Exception("x", 1, [2])
print(e.args, str(e), repr(e))
print(str(Exception()), repr(Exception()), str(Exception("only")))
err = OSError(2, "No such file")
print(err.errno, err.strerror, str(err))
print(type(KeyError("k")).__mro__[1].__name__, str(KeyError("k")))

try:
    try:
        raise ValueError("inner")
    finally:
        print("finally runs during propagation")
except ValueError as e:
    print("caught", e)

try:
    raise ValueError("with note")
except ValueError as e:
    e.add_note("extra context")
    print(e.__notes__)
