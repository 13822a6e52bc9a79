trace = []


def step(name, fail=None):
    trace.append(name)
    if fail:
        raise fail


def process(fail_at):
    trace.clear()
    try:
        step("open")
        step("read", ValueError("corrupt") if fail_at == "read" else None)
        step("parse", KeyError("field") if fail_at == "parse" else None)
    except ValueError as e:
        trace.append(f"handled {e}")
        return "recovered"
    else:
        trace.append("else")
        return "ok"
    finally:
        trace.append("close")


for where in (None, "read"):
    r = process(where)
    print(where, r, trace)
try:
    process("parse")
except KeyError as e:
    print("parse escaped:", e, trace)


def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"


def finally_swallows():
    for i in range(3):
        try:
            raise RuntimeError(i)
        finally:
            if i < 2:
                continue
            break
    return f"loop ended at {i}"


print(finally_overrides())
print(finally_swallows())


def count_attempts(limit):
    attempts = 0
    while True:
        try:
            attempts += 1
            if attempts < limit:
                raise ConnectionError(f"attempt {attempts}")
            return attempts
        except ConnectionError as e:
            print("retry after", e)
        finally:
            print("  cleanup", attempts)


print("succeeded after", count_attempts(3))


def nested():
    out = []
    try:
        try:
            out.append("inner try")
            raise TypeError("t")
        except TypeError:
            out.append("inner except")
            raise
        finally:
            out.append("inner finally")
    except TypeError:
        out.append("outer except")
    finally:
        out.append("outer finally")
    return out


print(nested())
try:
    pass
finally:
    x = "finally assigned"
print(x)
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("finally", i)
