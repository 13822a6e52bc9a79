class ConfigError(Exception):
    pass


def parse_port(value):
    try:
        port = int(value)
    except ValueError as e:
        raise ConfigError(f"bad port {value!r}") from e
    if not 0 < port < 65536:
        raise ConfigError(f"port out of range: {port}")
    return port


def load(settings):
    try:
        return parse_port(settings["port"])
    except KeyError:
        raise ConfigError("missing port")


for s in [{"port": "8080"}, {"port": "http"}, {"port": "70000"}, {}]:
    try:
        print("port", load(s))
    except ConfigError as e:
        cause = e.__cause__
        ctx = e.__context__
        print("ConfigError:", e)
        print("  cause:", type(cause).__name__ if cause else None,
              "| context:", type(ctx).__name__ if ctx else None,
              "| suppress:", e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("while handling") from None
except ValueError as e:
    print(e, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)

try:
    try:
        {}["x"]
    finally:
        print("finally runs before propagation")
except KeyError as e:
    print("KeyError", e, e.args)


def cleanup_fails():
    try:
        raise RuntimeError("primary")
    finally:
        try:
            raise OSError("cleanup")
        except OSError as inner:
            print("inner context:", type(inner.__context__).__name__, inner.__context__)


try:
    cleanup_fails()
except RuntimeError as e:
    print("outer got:", e)

e = ValueError("x", 1, 2)
print(e.args, str(e), repr(e))
err = ConfigError("wrapped")
err.__cause__ = KeyError("k")
print(repr(err.__cause__), err.__suppress_context__)
try:
    raise err
except ConfigError as got:
    print(got is err, got.__traceback__ is not None)
