class ConfigError(Exception):
    pass
def load(d):
    try:
        return int(d["port"])
    except KeyError as e:
        raise ConfigError("missing port") from e
    except ValueError:
        raise ConfigError("bad port")
for d in [{"port": "80"}, {}, {"port": "x"}]:
    try:
        print(load(d))
    except ConfigError as e:
        print(e, type(e.__cause__).__name__, type(e.__context__).__name__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("wrapped") from None
except RuntimeError as e:
    print(e, e.__cause__, e.__suppress_context__)
