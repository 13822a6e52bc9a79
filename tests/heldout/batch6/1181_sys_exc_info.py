import sys
import traceback

print(sys.exc_info())
try:
    {}["key"]
except KeyError:
    et, ev, tb = sys.exc_info()
    print(et.__name__, repr(ev), tb is not None, type(tb).__name__)
    print(ev.__traceback__ is tb, tb.tb_lineno > 0)
    print(sys.exception() is ev if hasattr(sys, "exception") else True)
print(sys.exc_info() == (None, None, None))


def handler():
    et, ev, _ = sys.exc_info()
    return f"handling {et.__name__}: {ev}"


try:
    int("x")
except ValueError:
    print(handler())
try:
    raise RuntimeError("outer")
except RuntimeError:
    try:
        raise TypeError("inner")
    except TypeError:
        print("inner:", sys.exc_info()[0].__name__)
    print("back to outer:", sys.exc_info()[0].__name__, sys.exc_info()[1])


def gen():
    try:
        raise ValueError("in gen")
    except ValueError:
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]


g = gen()
print(next(g), next(g))
try:
    1 / 0
except ZeroDivisionError:
    lines = traceback.format_exception_only(*sys.exc_info()[:2])
    print(lines)
    tb_text = traceback.format_exc()
    print(tb_text.splitlines()[0], "|", tb_text.splitlines()[-1])
try:
    raise KeyError("k")
except KeyError as e:
    summary = traceback.extract_tb(e.__traceback__)
    print(len(summary), summary[0].name)
