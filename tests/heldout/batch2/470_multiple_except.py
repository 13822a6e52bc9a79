def parse(s):
    try:
        k, v = s.split("=")
        return {k: int(v)}
    except (ValueError, TypeError) as e:
        return f"bad: {type(e).__name__}"
    except AttributeError:
        return "not a string"
print(parse("a=1"), parse("a=b"), parse("a=1=2"), parse(None))
try:
    try:
        raise KeyError("inner")
    except KeyError as e:
        print("handling", e)
        raise
except KeyError as e:
    print("re-raised", e)
try:
    try:
        1 / 0
    finally:
        print("finally during exception")
except ZeroDivisionError:
    print("outer caught")
e_ref = None
try:
    raise ValueError("v")
except ValueError as e:
    e_ref = e
print(type(e_ref).__name__, e_ref.args)
try:
    e
except NameError as ne:
    print("NameError", ne)
