# Custom exception classes: extra attributes, __str__, args, hierarchy,
# and uncaught custom exception with multi-arg message.
class AppError(Exception):
    pass
class ConfigError(AppError):
    def __init__(self, key, reason):
        super().__init__(key, reason)
        self.key = key
        self.reason = reason
    def __str__(self):
        return f"bad config {self.key!r}: {self.reason}"
class Quiet(AppError):
    def __repr__(self):
        return "Quiet!"
try:
    raise ConfigError("port", "not a number")
except AppError as e:
    print(type(e).__name__, e, e.args, e.key, isinstance(e, Exception), repr(e))
for exc in (AppError(), AppError("one"), AppError("a", 2), Quiet("q")):
    print(repr(str(exc)), repr(exc), exc.args)
try:
    try:
        raise Quiet()
    except ConfigError:
        print("wrong")
except AppError as e:
    print("caught base", type(e).__name__, issubclass(Quiet, AppError), Quiet.__mro__[1].__name__)
class WithDefault(ValueError):
    def __init__(self, msg="default message"):
        super().__init__(msg)
print(WithDefault(), WithDefault("x"))
raise AppError("multi", 3)
