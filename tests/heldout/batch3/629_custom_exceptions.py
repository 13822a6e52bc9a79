class AppError(Exception):
    pass
class ValidationError(AppError):
    def __init__(self, field, msg):
        super().__init__(f"{field}: {msg}")
        self.field = field
def validate(age):
    if not isinstance(age, int):
        raise ValidationError("age", "must be int")
    if age < 0:
        raise ValidationError("age", "must be >= 0")
    return age
for v in (5, -1, "x"):
    try:
        print(validate(v))
    except AppError as e:
        print(type(e).__name__, e, e.field, e.args)
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise AppError("wrapped") from e
except AppError as e:
    print(e, type(e.__cause__).__name__)
try:
    try:
        raise KeyError("k")
    except KeyError:
        raise ValueError("during")
except ValueError as e:
    print(e, type(e.__context__).__name__)
try:
    raise AppError
except AppError as e:
    print(repr(e), str(e) == "")
