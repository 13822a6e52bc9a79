class AppError(Exception):
    """Base for app errors."""
    code = 1

    def __init__(self, message, *, detail=None):
        super().__init__(message)
        self.message = message
        self.detail = detail

    def __str__(self):
        if self.detail:
            return f"[{self.code}] {self.message} ({self.detail})"
        return f"[{self.code}] {self.message}"


class NotFound(AppError):
    code = 404


class Forbidden(AppError):
    code = 403


class ValidationError(AppError, ValueError):
    code = 422

    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}", detail="validation")
        self.field = field


def handle(exc):
    try:
        raise exc
    except NotFound as e:
        return f"not found -> {e}"
    except ValueError as e:
        return f"value error -> {e} field={getattr(e, 'field', None)}"
    except AppError as e:
        return f"app error -> {e}"
    except Exception as e:
        return f"other -> {type(e).__name__}: {e}"


for exc in [NotFound("user 7"), Forbidden("admin", detail="role"), ValidationError("age", "negative"),
            AppError("generic"), ValueError("plain"), ZeroDivisionError("zero")]:
    print(handle(exc))

print([c.__name__ for c in ValidationError.__mro__])
print(issubclass(NotFound, Exception), issubclass(ValidationError, ValueError), issubclass(KeyError, LookupError))
print(issubclass(IndexError, LookupError), issubclass(FileNotFoundError, OSError), issubclass(KeyboardInterrupt, Exception))
print(issubclass(StopIteration, Exception), issubclass(GeneratorExit, BaseException), issubclass(GeneratorExit, Exception))
print(issubclass(ModuleNotFoundError, ImportError), issubclass(UnicodeDecodeError, ValueError), issubclass(RecursionError, RuntimeError))

e = ValidationError("name", "empty")
print(e.args, e.field, e.code, repr(e.message))


class Retry(Exception):
    def __init__(self, attempts):
        self.attempts = attempts
        super().__init__(f"gave up after {attempts} attempts")


def flaky(state):
    state["calls"] += 1
    if state["calls"] < 3:
        raise ConnectionError(f"attempt {state['calls']}")
    return "ok"


def with_retry(fn, limit):
    state = {"calls": 0}
    errors = []
    for _ in range(limit):
        try:
            return fn(state), errors
        except ConnectionError as err:
            errors.append(str(err))
    raise Retry(limit)


print(with_retry(flaky, 5))
try:
    with_retry(flaky, 2)
except Retry as r:
    print(r, r.attempts)

try:
    raise NotFound
except NotFound as e:
    print("raised class:", type(e).__name__)
except TypeError as e:
    print("TypeError", e)
