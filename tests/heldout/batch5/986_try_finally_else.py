# try / except / else / finally flow
def attempt(x):
    trace = []
    try:
        trace.append("try")
        r = 10 / x
    except ZeroDivisionError:
        trace.append("except")
        r = None
    else:
        trace.append("else")
    finally:
        trace.append("finally")
    return r, trace
print(attempt(2), attempt(0))
def finally_return():
    try:
        return "from try"
    finally:
        print("finally before return")
print(finally_return())
def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"
print(finally_overrides())
def loop_finally():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out
print(loop_finally())
def nested():
    try:
        try:
            raise KeyError("inner")
        except ValueError:
            print("wrong handler")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", e)
nested()
try:
    raise ValueError("e1")
except ValueError as err:
    saved = str(err)
print(saved)
try:
    err
except NameError as e:
    print(type(e).__name__, e)
