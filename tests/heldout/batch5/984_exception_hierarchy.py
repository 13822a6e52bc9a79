# exception hierarchies and custom exceptions
class AppError(Exception):
    """Base error."""
class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field
class NotFound(AppError, LookupError):
    pass
def check(kind):
    if kind == 1:
        raise ValidationError("age", "must be positive")
    if kind == 2:
        raise NotFound("item 7")
    if kind == 3:
        raise KeyError("plain")
    return "fine"
for k in range(4):
    try:
        print(check(k))
    except ValidationError as e:
        print("validation", e.field, e, e.args)
    except LookupError as e:
        print("lookup", type(e).__name__, e, isinstance(e, AppError))
print([c.__name__ for c in NotFound.__mro__])
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyError, LookupError))
print(issubclass(FileNotFoundError, OSError), issubclass(Exception, BaseException))
print(issubclass(KeyboardInterrupt, Exception), issubclass(StopIteration, Exception))
print(issubclass(UnicodeDecodeError, ValueError), issubclass(RecursionError, RuntimeError))
print(issubclass(ModuleNotFoundError, ImportError), issubclass(NotImplementedError, RuntimeError))
e = ValueError("a", 2)
print(e.args, str(e), repr(e))
print(str(ValueError()), repr(KeyError("k")), str(KeyError("k")), str(ValueError("msg")))
try:
    try:
        raise AppError("inner")
    except (TypeError, AppError) as err:
        print("tuple catch", type(err).__name__)
        raise
except Exception as outer:
    print("re-raised", outer)
try:
    raise ValidationError
except TypeError as e:
    print(type(e).__name__, e)
class WithStr(Exception):
    def __str__(self):
        return "custom str"
print(str(WithStr()), repr(WithStr(1)))
err = OSError(2, "No such file")
print(err.errno, err.strerror, type(err).__name__)
try:
    raise StopIteration(5)
except StopIteration as si:
    print(si.value)
