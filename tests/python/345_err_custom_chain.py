# An uncaught custom exception with an explicit cause: both tracebacks print.
class AppError(Exception):
    def __init__(self, code, message):
        super().__init__(message)
        self.code = code
class ConfigError(AppError):
    pass
def load(name):
    try:
        return {"a": 1}[name]
    except KeyError as e:
        raise ConfigError(404, "missing key: " + name) from e
try:
    load("b")
except AppError as e:
    print(type(e).__name__, e.code, e, e.args, isinstance(e, Exception))
load("zz")
