def f(x):
    try:
        r = 10 / x
    except ZeroDivisionError as e:
        print("except", type(e).__name__, e)
        return "err"
    else:
        print("else", r)
        return "ok"
    finally:
        print("finally", x)
print(f(2))
print(f(0))
def g():
    try:
        return "try"
    finally:
        return "finally wins"
print(g())
def h():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("cleanup", i)
h()
try:
    int("x")
except (TypeError, ValueError) as e:
    print("tuple catch", type(e).__name__)
try:
    pass
except Exception:
    print("no")
else:
    print("else no exception")
