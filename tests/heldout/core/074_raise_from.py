class ConfigError(Exception): pass
def load(d):
    try:
        return d["key"]
    except KeyError as e:
        raise ConfigError("missing key") from e
try:
    load({})
except ConfigError as e:
    print(type(e).__name__, e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
    print("suppress_context:", e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")
except ValueError as e:
    print("context:", type(e.__context__).__name__, e.__context__, e.__cause__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("no context") from None
except ValueError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
try:
    raise RuntimeError("x") from TypeError("y")
except RuntimeError as e:
    print(repr(e.__cause__))
