def parse(values):
    results = []
    for v in values:
        try:
            n = int(v)
        except ValueError:
            results.append(f"{v!r}: not a number")
        except TypeError:
            results.append(f"{v!r}: wrong type")
        else:
            results.append(f"{v!r}: ok {n}")
        finally:
            results.append("-")
    return results


print(parse(["1", "x", None, 3.7]))


def lookup(data, *keys):
    try:
        value = data
        for k in keys:
            value = value[k]
    except (KeyError, IndexError) as e:
        return f"missing: {type(e).__name__} {e}"
    except TypeError as e:
        return f"not subscriptable: {e}"
    else:
        return f"found: {value}"


data = {"users": [{"name": "ann"}, {"name": "bob"}]}
print(lookup(data, "users", 1, "name"))
print(lookup(data, "users", 5))
print(lookup(data, "admins"))
print(lookup(data, "users", 0, "name", 0, 0))
print(lookup({"n": 5}, "n", "x"))


def divide_all(pairs):
    out = []
    for a, b in pairs:
        try:
            out.append(a / b)
        except ZeroDivisionError as exc:
            out.append(f"{a}/0 -> {exc}")
        except Exception as exc:
            out.append(f"{type(exc).__name__}")
    return out


print(divide_all([(1, 2), (3, 0), ("a", 1), (9, 3)]))
try:
    try:
        raise KeyError("inner")
    except ValueError:
        print("wrong handler")
except LookupError as e:
    print("outer caught", repr(e))
try:
    raise IndexError("idx")
except (KeyError, IndexError) as e:
    print("tuple handler", type(e).__name__)
e = "still here?"
try:
    raise ValueError("temp")
except ValueError as e:
    pass
try:
    print(e)
except NameError:
    print("except target name is deleted after the block")
handlers = (ValueError, TypeError)
try:
    int([])
except handlers as exc:
    print("dynamic tuple:", type(exc).__name__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise
except ZeroDivisionError as e:
    print("re-raised:", e)
try:
    raise TypeError
except TypeError as e:
    print("no-arg raise:", repr(e), e.args)
try:
    raise 42
except TypeError as e:
    print("TypeError:", e)
result = []
for i in range(3):
    try:
        if i == 1:
            continue
        result.append(i)
    finally:
        result.append("f")
print(result)
