class AppError(Exception):
    pass
class ValidationError(AppError):
    def __init__(self, field, msg):
        super().__init__(f"{field}: {msg}")
        self.field = field
def validate(user):
    if "name" not in user:
        raise ValidationError("name", "required")
    if user.get("age", 0) < 0:
        raise ValidationError("age", "must be >= 0")
    return "ok"
for u in [{"name": "a"}, {}, {"name": "b", "age": -1}]:
    try:
        print(validate(u))
    except AppError as e:
        print(type(e).__name__, e, e.field, e.args)
try:
    raise AppError("plain", 42)
except Exception as e:
    print(type(e).__name__, e.args, str(e))
print(issubclass(ValidationError, Exception), ValidationError.__mro__[1].__name__)
