# traceback: print_exc, format_exc, format_exception(_only), print_exception; sys.exc_info and sys.exception
import sys
import traceback

def inner():
    raise ValueError("bad value")

def outer():
    inner()

try:
    outer()
except ValueError:
    traceback.print_exc()
    text = traceback.format_exc()
    print(text.splitlines()[0], text.splitlines()[-1], sep=" | ")
    t, v, tb = sys.exc_info()
    print(t.__name__, v, sys.exception() is v)
print(sys.exc_info(), sys.exception())
try:
    {}["k"]
except KeyError as e:
    print("".join(traceback.format_exception(e)), end="")
    print(traceback.format_exception_only(e))
    print(traceback.format_exception_only(type(e), e))
    traceback.print_exception(e, file=sys.stdout)
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    traceback.print_exception(e, file=sys.stdout)
print("end")
