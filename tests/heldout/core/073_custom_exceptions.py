class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"{key!r} not found")
        self.key = key
class Detailed(Exception):
    def __init__(self, code, msg):
        self.code = code
        self.msg = msg
    def __str__(self):
        return f"[{self.code}] {self.msg}"
try:
    raise NotFound("abc")
except AppError as e:
    print(type(e).__name__, e, e.key, e.args)
try:
    raise Detailed(404, "gone")
except Detailed as e:
    print(e, e.code, repr(e.args))
e = ValueError("a", 1)
print(str(e), repr(e), e.args)
print(repr(ValueError()), str(ValueError()), repr(KeyError("k")), str(KeyError("k")))
try:
    raise AppError
except AppError as e:
    print(repr(e))
