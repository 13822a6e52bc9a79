class TaskError(Exception):
    pass


def run_tasks(tasks):
    errors = []
    results = {}
    for name, fn in tasks:
        try:
            results[name] = fn()
        except Exception as e:
            e.add_note(f"in task {name}")
            errors.append(e)
    if errors:
        raise ExceptionGroup("some tasks failed", errors)
    return results


tasks = [
    ("div", lambda: 1 / 0),
    ("ok", lambda: 42),
    ("key", lambda: {}["missing"]),
    ("val", lambda: int("abc")),
    ("val2", lambda: float("x")),
]

try:
    run_tasks(tasks)
except* ZeroDivisionError as eg:
    print("zero:", [str(e) for e in eg.exceptions])
except* (KeyError, LookupError) as eg:
    print("lookup:", [repr(e) for e in eg.exceptions], eg.exceptions[0].__notes__)
except* ValueError as eg:
    print("value count:", len(eg.exceptions), type(eg).__name__, eg.message)
    for e in eg.exceptions:
        print("  ", type(e).__name__, e.__notes__)

eg = ExceptionGroup("batch", [ValueError("a"), TypeError("b"), ExceptionGroup("inner", [ValueError("c"), KeyError("d")])])
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(eg.subgroup(lambda e: isinstance(e, KeyError)))
print(str(eg), len(eg.exceptions))

try:
    try:
        raise ExceptionGroup("mixed", [TaskError("t1"), OSError("disk")])
    except* TaskError as g:
        print("handled task errors:", [str(e) for e in g.exceptions])
except ExceptionGroup as leftover:
    print("leftover:", [type(e).__name__ for e in leftover.exceptions])

try:
    raise ExceptionGroup("bad", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError:", e)
bg = BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError()])
print(type(bg).__name__)
g2 = BaseExceptionGroup("plain", [ValueError(1)])
print(type(g2).__name__)
try:
    raise ValueError("single")
except* ValueError as g:
    print("naked exception wrapped:", type(g).__name__, g.exceptions)
