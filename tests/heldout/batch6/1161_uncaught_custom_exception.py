class ValidationError(Exception):
    def __init__(self, field, reason):
        super().__init__(f"field {field!r}: {reason}")
        self.field = field


def validate(record):
    if not record.get("name"):
        raise ValidationError("name", "required")
    if not isinstance(record.get("age"), int):
        raise ValidationError("age", "must be an integer")
    if record["age"] < 0:
        raise ValidationError("age", "must be non-negative")
    return True


records = [
    {"name": "ann", "age": 30},
    {"name": "", "age": 5},
    {"name": "bob", "age": "x"},
    {"name": "cid", "age": 41},
]
valid = 0
for r in records:
    try:
        validate(r)
        valid += 1
        print("ok:", r["name"])
    except ValidationError as e:
        print("invalid:", e, "| field =", e.field)
print("valid count:", valid)
print("now validating strictly")
validate({"name": "dee", "age": -1})
print("not reached")
