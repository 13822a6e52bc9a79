import sys
print(sys.exc_info())
try:
    1 / 0
except ZeroDivisionError:
    t, v, tb = sys.exc_info()
    print(t.__name__)
    print(str(v))
    print(tb is not None)
    print(isinstance(v, t))
print(sys.exc_info() == (None, None, None))
try:
    raise KeyError("k")
except KeyError as e:
    print(sys.exc_info()[1] is e)
    print(repr(e))
