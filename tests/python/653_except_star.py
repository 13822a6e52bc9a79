# except*: matching, naked exceptions, bare raise, new exceptions from
# handlers, else/finally, invalid types.
def f():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError as e:
        print("VE", repr(e), repr(sys.exc_info()[1]))
    except* TypeError as e:
        print("TE", repr(e))
import sys
try:
    f()
except ExceptionGroup as e:
    print("left", repr(e))
try:
    raise ValueError("naked")
except* ValueError as e:
    print("naked", repr(e), type(e).__name__)
try:
    try:
        raise KeyError("x")
    except* ValueError:
        print("no")
except KeyError as e:
    print("naked passthrough", repr(e))
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
except ExceptionGroup as e:
    print("reraise", repr(e))
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise RuntimeError("new")
except ExceptionGroup as e:
    print("new", repr(e), repr(e.exceptions[0].__context__))
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise RuntimeError("new")
except RuntimeError as e:
    print("single?", repr(e))
except ExceptionGroup as e:
    print("group", repr(e))
try:
    raise ExceptionGroup("eg", [ValueError(1)])
except* (TypeError, ValueError) as e:
    print("tuple", repr(e))
else:
    print("else")
finally:
    print("finally")
try:
    pass
except* ValueError:
    pass
else:
    print("else2")
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ExceptionGroup:
        pass
except TypeError as e:
    print(e)
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* int:
        pass
except TypeError as e:
    print(e)
print(e if False else "end")
