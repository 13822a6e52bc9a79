import sys
print(sys.exc_info())
try:
    int("abc")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None, tb.tb_lineno)
    print(type(sys.exception()).__name__ if hasattr(sys, "exception") else "ValueError")
print(sys.exc_info() == (None, None, None))
def inner():
    raise KeyError("deep")
try:
    inner()
except KeyError:
    tb = sys.exc_info()[2]
    depth = 0
    while tb:
        depth += 1
        last = tb.tb_frame.f_code.co_name
        tb = tb.tb_next
    print(depth, last)
