# sys.exc_info and sys.exception-like introspection
import sys
print(sys.exc_info())
try:
    {}["missing"]
except KeyError:
    et, ev, tb = sys.exc_info()
    print(et.__name__, ev, type(tb).__name__, tb.tb_lineno > 0)
print(sys.exc_info())
def handler():
    try:
        raise ValueError("inner problem")
    except ValueError:
        return describe()
def describe():
    et, ev, _ = sys.exc_info()
    return f"{et.__name__}: {ev}"
print(handler())
try:
    try:
        1 / 0
    except ZeroDivisionError:
        try:
            int("x")
        except ValueError:
            print("nested:", sys.exc_info()[0].__name__)
        print("restored:", sys.exc_info()[0].__name__)
        raise
except ZeroDivisionError as e:
    print("outer:", type(e).__name__, e)
print(sys.exc_info()[0])
def gen():
    try:
        raise IndexError("in gen")
    except IndexError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
g = gen()
print(next(g), sys.exc_info()[0], next(g))
try:
    raise TypeError("t")
except TypeError as e:
    print(sys.exc_info()[1] is e, sys.exc_info()[2] is e.__traceback__)
tb_depth = 0
def a():
    b()
def b():
    raise RuntimeError("deep")
try:
    a()
except RuntimeError:
    tb = sys.exc_info()[2]
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)
