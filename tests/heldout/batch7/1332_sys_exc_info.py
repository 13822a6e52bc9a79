import sys

print(sys.exc_info())
print(sys.exception())


def risky(kind):
    if kind == "key":
        return {}["missing"]
    if kind == "zero":
        return 1 / 0
    if kind == "custom":
        raise LookupError("custom lookup")
    return "fine"


for kind in ["key", "zero", "custom", "none"]:
    try:
        result = risky(kind)
        print(kind, "->", result, sys.exc_info()[0])
    except Exception:
        etype, evalue, tb = sys.exc_info()
        print(kind, "->", etype.__name__, repr(evalue), tb is not None, sys.exception() is evalue)
print(sys.exc_info() == (None, None, None))

try:
    raise ValueError("outer")
except ValueError:
    try:
        raise TypeError("inner")
    except TypeError:
        print("inside inner:", sys.exc_info()[0].__name__)
    print("back in outer:", sys.exc_info()[0].__name__, sys.exc_info()[1])
print("after all:", sys.exc_info()[0])


def log_current():
    et, ev, _ = sys.exc_info()
    return f"logged {et.__name__ if et else None}: {ev}"


try:
    int("x")
except ValueError:
    print(log_current())
print(log_current())
try:
    raise KeyError("k")
except KeyError:
    tb = sys.exc_info()[2]
    print(type(tb).__name__, tb.tb_lineno > 0, tb.tb_next is None)
