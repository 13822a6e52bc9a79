# @staticmethod, @classmethod, @property (with setter), class-level
# state, and user exception classes raised, caught by base class, and
# finally left uncaught with a custom __str__.

class Temperature:
    instances = 0

    def __init__(self, celsius):
        self.celsius = celsius
        Temperature.instances += 1

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError(f"{value} is below absolute zero")
        self._celsius = value

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32

    @staticmethod
    def c_to_f(c):
        return c * 9 / 5 + 32

    @classmethod
    def from_fahrenheit(cls, f):
        return cls((f - 32) * 5 / 9)

    @classmethod
    def count(cls):
        return f"{cls.__name__}: {cls.instances} created"

t = Temperature(25)
print(t.celsius, t.fahrenheit, Temperature.c_to_f(100), t.c_to_f(0))
t.celsius = 30
print(t.celsius, t.fahrenheit)
boiling = Temperature.from_fahrenheit(212)
print(boiling.celsius, Temperature.count(), t.count())
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 100
except AttributeError as e:
    print("AttributeError:", e)

class AppError(Exception):
    """Base class for this application's errors."""

class NotFound(AppError):
    def __init__(self, item):
        super().__init__(item)
        self.item = item
    def __str__(self):
        return f"{self.item!r} was not found"

class Forbidden(AppError):
    pass

def fetch(item):
    if item == "secret":
        raise Forbidden("access denied: " + item)
    if item not in ("a", "b"):
        raise NotFound(item)
    return item.upper()

for item in ["a", "secret", "zzz", "b"]:
    try:
        print("fetched", fetch(item))
    except NotFound as e:
        print("NotFound:", e, "| args:", e.args, "| item:", e.item)
    except AppError as e:
        print(type(e).__name__ + ":", e, "| is AppError:", isinstance(e, AppError))

print(issubclass(NotFound, AppError), issubclass(NotFound, Exception), NotFound.__mro__[1].__name__)
print(repr(Forbidden("x")), repr(NotFound("y")), str(AppError()))

class ValidationError(ValueError):
    def __init__(self, field, problem):
        self.field = field
        self.problem = problem
        super().__init__(field, problem)
    def __str__(self):
        return f"{self.field}: {self.problem}"

def validate(record):
    if "name" not in record:
        raise ValidationError("name", "is required")
    return True

try:
    validate({})
except ValueError as e:
    print("caught as ValueError:", e, e.args)

print(validate({"name": "x"}))
validate({"age": 3})
