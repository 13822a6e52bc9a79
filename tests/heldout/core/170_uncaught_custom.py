class ValidationError(Exception):
    def __init__(self, field, msg):
        super().__init__(f"{field}: {msg}")
        self.field = field
def validate(rec):
    for k in ("name", "age"):
        if k not in rec:
            raise ValidationError(k, "is required")
    return True
print(validate({"name": "a", "age": 1}))
validate({"name": "b"})
