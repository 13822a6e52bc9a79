class ValidationError(Exception):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field


class MissingField(ValidationError):
    def __init__(self, field):
        super().__init__(field, "is required")


class BadType(ValidationError, TypeError):
    def __init__(self, field, expected, got):
        super().__init__(field, f"expected {expected.__name__}, got {type(got).__name__}")
        self.expected = expected


class OutOfRange(ValidationError, ValueError):
    pass


SCHEMA = {"name": (str, None), "age": (int, (0, 150)), "email": (str, None)}


def validate(record):
    errors = []
    for field, (kind, bounds) in SCHEMA.items():
        try:
            if field not in record:
                raise MissingField(field)
            value = record[field]
            if not isinstance(value, kind):
                raise BadType(field, kind, value)
            if bounds and not bounds[0] <= value <= bounds[1]:
                raise OutOfRange(field, f"{value} not in {bounds[0]}..{bounds[1]}")
        except ValidationError as e:
            errors.append(e)
    return errors


records = [
    {"name": "Ann", "age": 30, "email": "a@x"},
    {"name": "Bob", "age": "old"},
    {"age": 200, "email": 5},
]
for rec in records:
    errs = validate(rec)
    print(len(errs), [f"{type(e).__name__}({e})" for e in errs])

errs = validate(records[2])
print([isinstance(e, ValueError) for e in errs])
print([isinstance(e, TypeError) for e in errs])
print([e.field for e in errs])
print([c.__name__ for c in BadType.__mro__])
try:
    raise OutOfRange("x", "too big")
except ValueError as e:
    print("caught as ValueError:", e, e.args)
try:
    raise BadType("y", int, 2.5)
except (KeyError, TypeError) as e:
    print("caught via tuple:", type(e).__name__, e.expected.__name__)
print(issubclass(MissingField, Exception), issubclass(MissingField, ValueError))
print(isinstance(MissingField("q"), BaseException))
