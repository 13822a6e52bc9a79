def work():
    raise ExceptionGroup("many", [ValueError("v1"), TypeError("t1"), ValueError("v2"), KeyError("k")])
try:
    work()
except* ValueError as eg:
    print("values:", [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print("types:", [str(e) for e in eg.exceptions])
except* KeyError as eg:
    print("keys:", [repr(e) for e in eg.exceptions])
eg = ExceptionGroup("grp", [ValueError("a"), ExceptionGroup("inner", [TypeError("b")])])
print(eg, len(eg.exceptions))
match_, rest = eg.split(TypeError)
print(match_, rest)
print(eg.subgroup(ValueError).exceptions)
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), OSError(2)])
    except* ValueError:
        print("handled ValueError part")
except ExceptionGroup as e:
    print("left over:", type(e).__name__, [type(x).__name__ for x in e.exceptions])
try:
    raise ExceptionGroup("bad", [1])
except ValueError as e:
    print(type(e).__name__, e)
