def run_tasks():
    errors = []
    for i, task in enumerate([lambda: 1, lambda: 1 / 0, lambda: int("x"), lambda: [][1], lambda: {}["k"]]):
        try:
            task()
        except Exception as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("task failures", errors)


try:
    run_tasks()
except* ZeroDivisionError as eg:
    print("zero:", [str(e) for e in eg.exceptions])
except* ValueError as eg:
    print("value:", [type(e).__name__ for e in eg.exceptions])
except* LookupError as eg:
    print("lookup:", sorted(type(e).__name__ for e in eg.exceptions), eg.message)

eg = ExceptionGroup("outer", [ValueError("v1"), ExceptionGroup("inner", [TypeError("t1"), ValueError("v2")])])
print(repr(eg.message), len(eg.exceptions))
match, rest = eg.split(ValueError)
print("match:", repr(match))
print("rest:", repr(rest))
sub = eg.subgroup(lambda e: isinstance(e, TypeError))
print("subgroup:", repr(sub))
print(eg.subgroup(KeyError))
print(str(eg))

try:
    try:
        raise ExceptionGroup("g", [KeyError("a"), OSError("b")])
    except* KeyError:
        print("handled KeyError part")
except ExceptionGroup as leftover:
    print("leftover:", repr(leftover))

try:
    raise ValueError("naked")
except* ValueError as eg:
    print("naked wrapped:", type(eg).__name__, repr(eg.exceptions))

bg = BaseExceptionGroup("base", [KeyboardInterrupt()])
print(type(bg).__name__)
eg2 = BaseExceptionGroup("all exc", [ValueError(1)])
print(type(eg2).__name__, isinstance(eg2, Exception))
try:
    ExceptionGroup("empty", [])
except ValueError as e:
    print("ValueError:", e)
try:
    ExceptionGroup("bad", [1])
except ValueError as e:
    print("ValueError:", e)


class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + "!", excs)


m, r = MyGroup("mine", [ValueError(1), TypeError(2)]).split(TypeError)
print(type(m).__name__, m.message, type(r).__name__, r.message)
